// Placeholder CLI until the infrastructure part lands.
#include "runtime/runtime.h"
int main() { minipy::runtime_init(); return 0; }
