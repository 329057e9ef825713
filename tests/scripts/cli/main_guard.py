"""Module docstring."""
def main():
    print("main called", __doc__)
if __name__ == "__main__":
    main()
