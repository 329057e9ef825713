class AppError(Exception):
    pass
def main():
    raise AppError("custom failure")
print("start")
main()
