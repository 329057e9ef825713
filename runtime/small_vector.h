// A vector that keeps its first N elements inside the owning object and moves to the heap only
// beyond them. Small dicts (instance __dict__s, keyword arguments, most literals) then cost one
// allocation, the object itself, instead of three. It offers the part of std::vector's interface
// the runtime uses; element references are invalidated by growth exactly as std::vector's are.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace minipy {

template <class T, size_t N>
class SmallVector {
 public:
  SmallVector() = default;
  SmallVector(const SmallVector& o) { append_copy(o); }
  SmallVector(SmallVector&& o) noexcept { take(std::move(o)); }
  SmallVector& operator=(const SmallVector& o) {
    if (this != &o) {
      clear();
      append_copy(o);
    }
    return *this;
  }
  SmallVector& operator=(SmallVector&& o) noexcept {
    if (this != &o) {
      release();
      take(std::move(o));
    }
    return *this;
  }
  ~SmallVector() { release(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return cap_; }
  T* data() { return data_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T& back() { return data_[size_ - 1]; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

  void reserve(size_t n) {
    if (n > cap_) grow_to(n);
  }
  void push_back(T&& v) {
    if (size_ == cap_) grow_to(cap_ * 2);
    new (data_ + size_) T(std::move(v));
    size_++;
  }
  void pop_back() { data_[--size_].~T(); }
  void clear() {  // first to last, as libstdc++'s std::vector (dicts release entries in order)
    for (size_t i = 0; i < size_; i++) data_[i].~T();
    size_ = 0;
  }
  // Like std::vector::assign(n, v): n copies of v.
  void assign(size_t n, const T& v) {
    clear();
    reserve(n);
    for (size_t i = 0; i < n; i++) new (data_ + i) T(v);
    size_ = n;
  }
  void swap(SmallVector& o) noexcept {
    SmallVector tmp(std::move(o));
    o = std::move(*this);
    *this = std::move(tmp);
  }

 private:
  bool is_inline() const { return data_ == inline_data(); }
  T* inline_data() { return reinterpret_cast<T*>(inline_); }
  const T* inline_data() const { return reinterpret_cast<const T*>(inline_); }

  void grow_to(size_t n) {
    auto* fresh = static_cast<T*>(std::malloc(n * sizeof(T)));
    if (!fresh) throw std::bad_alloc();
    for (size_t i = 0; i < size_; i++) {
      new (fresh + i) T(std::move(data_[i]));
      data_[i].~T();
    }
    if (!is_inline()) std::free(data_);
    data_ = fresh;
    cap_ = n;
  }
  void append_copy(const SmallVector& o) {
    reserve(o.size_);
    for (size_t i = 0; i < o.size_; i++) new (data_ + i) T(o.data_[i]);
    size_ = o.size_;
  }
  // Into an empty, inline *this: steal a heap buffer, or move inline elements one by one.
  void take(SmallVector&& o) {
    if (!o.is_inline()) {
      data_ = o.data_;
      cap_ = o.cap_;
      size_ = o.size_;
      o.data_ = o.inline_data();
      o.cap_ = N;
      o.size_ = 0;
      return;
    }
    for (size_t i = 0; i < o.size_; i++) new (data_ + i) T(std::move(o.data_[i]));
    size_ = o.size_;
    o.clear();
  }
  void release() {
    clear();
    if (!is_inline()) std::free(data_);
    data_ = inline_data();
    cap_ = N;
  }

  T* data_ = inline_data();
  size_t size_ = 0;
  size_t cap_ = N;
  alignas(T) unsigned char inline_[N * sizeof(T)];
};

}  // namespace minipy
