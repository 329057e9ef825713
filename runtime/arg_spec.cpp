// ArgSpec: binds a native function's arguments against a Python-style signature, with the error
// messages of CPython's Argument Clinic (_PyArg_UnpackKeywords / _PyArg_CheckPositional).
#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

ArgSpec::ArgSpec(const char* fname, const char* signature) : fname_(fname) {
  std::string sig = signature ? signature : "";
  bool kwonly = false;
  size_t start = 0;
  size_t first_param_of_posonly_group = 0;
  while (start <= sig.size()) {
    size_t comma = sig.find(',', start);
    if (comma == std::string::npos) comma = sig.size();
    std::string item = sig.substr(start, comma - start);
    start = comma + 1;
    size_t b = item.find_first_not_of(" \t");
    size_t e = item.find_last_not_of(" \t");
    if (b == std::string::npos) continue;
    item = item.substr(b, e - b + 1);
    if (item == "/") {
      for (size_t i = first_param_of_posonly_group; i < nparams_; ++i) params_[i].posonly = true;
      continue;
    }
    if (item == "*") {
      kwonly = true;
      continue;
    }
    if (nparams_ >= 16) break;
    Param& p = params_[nparams_++];
    size_t eq = item.find('=');
    p.optional = eq != std::string::npos;
    std::string nm = p.optional ? item.substr(0, eq) : item;
    size_t ne = nm.find_last_not_of(" \t");
    p.name = nm.substr(0, ne + 1);
    p.kwonly = kwonly;
    p.posonly = false;
  }
}

void ArgSpec::bind(const Value* args, size_t nargs, Value kwnames, Value* out) const {
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  const Value* kwvalues = args + nargs;
  size_t posonly = 0, maxpos = 0, minpos = 0;
  bool has_keywords = false;
  for (size_t i = 0; i < nparams_; ++i) {
    const Param& p = params_[i];
    if (p.posonly) ++posonly;
    if (!p.kwonly) {
      ++maxpos;
      if (!p.optional) minpos = i + 1;
    }
    if (!p.posonly) has_keywords = true;
  }
  for (size_t i = 0; i < nparams_; ++i) out[i] = Value();

  if (!has_keywords) {
    // All positional-only: CPython's _PyArg_CheckPositional wording.
    if (nkw) raisef(exc::TypeError, "%s() takes no keyword arguments", fname_);
    if (nargs < minpos || nargs > maxpos) {
      if (minpos == maxpos)
        raisef(exc::TypeError, "%s expected %zu argument%s, got %zu", fname_, minpos, minpos == 1 ? "" : "s", nargs);
      if (nargs < minpos)
        raisef(exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname_, minpos, minpos == 1 ? "" : "s",
               nargs);
      raisef(exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname_, maxpos, maxpos == 1 ? "" : "s",
             nargs);
    }
    for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
    return;
  }

  size_t maxargs = nparams_;
  size_t minposonly = posonly < minpos ? posonly : minpos;
  if (nargs + nkw > maxargs)
    raisef(exc::TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname_, maxargs,
           nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
  if (nargs > maxpos) {
    if (maxpos == 0) raisef(exc::TypeError, "%s() takes no positional arguments", fname_);
    raisef(exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname_,
           minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
  }
  if (nargs < minposonly)
    raisef(exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname_,
           minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];

  size_t remaining = nkw;
  auto find_kw = [&](const std::string& n) -> Value {
    for (size_t k = 0; k < nkw; ++k)
      if (str_view(tuple_item(kwnames, k)) == n) return kwvalues[k];
    return Value();
  };
  for (size_t i = nargs > posonly ? nargs : posonly; i < nparams_; ++i) {
    const Param& p = params_[i];
    Value v = remaining ? find_kw(p.name) : Value();
    out[i] = v;
    if (v) {
      --remaining;
    } else if (!p.optional) {
      raisef(exc::TypeError, "%s() missing required argument '%s' (pos %zu)", fname_, p.name.c_str(), i + 1);
    }
  }
  if (remaining) {
    for (size_t i = posonly; i < nargs; ++i)
      if (find_kw(params_[i].name))
        raisef(exc::TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname_,
               params_[i].name.c_str(), i + 1);
    for (size_t k = 0; k < nkw; ++k) {
      std::string_view kn = str_view(tuple_item(kwnames, k));
      bool known = false;
      for (size_t i = posonly; i < nparams_; ++i)
        if (params_[i].name == kn) known = true;
      if (!known)
        raisef(exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", int(kn.size()), kn.data(), fname_);
    }
  }
}

void check_no_kwargs(const char* fname, Value kwnames) {
  if (kwnames && tuple_size(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", fname);
}

void check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  if (min == max)
    raisef(exc::TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
  if (nargs < min)
    raisef(exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
  raisef(exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s", nargs);
}

}  // namespace minipy
