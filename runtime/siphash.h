// SipHash-1-3 with a zero key: the byte hash CPython uses for str and bytes under PYTHONHASHSEED=0.
#pragma once

#include <cstddef>
#include <cstdint>

namespace minipy {

uint64_t siphash13(const void* data, size_t len);
// CPython's _Py_HashBytes: empty input hashes to 0, and -1 (the error marker) becomes -2.
int64_t hash_bytes(const void* data, size_t len);

}  // namespace minipy
