// Methods of str: case mapping (upper, lower with the final-sigma rule, casefold, capitalize, title,
// swapcase) and the character-class predicates (isdigit, isalpha, istitle, ...).
#include <string>

#include "runtime/str_args.h"
#include "runtime/str_internal.h"
#include "runtime/unicode.h"

namespace minipy {

namespace {

constexpr const char* T = "str";

Ref ascii_map(Value self, char (*fn)(char)) {
  StrObject* o = as_str(self);
  std::string out(o->view());
  for (char& c : out) c = fn(c);
  return str_from_utf8_unchecked(out, out.size(), true);
}

char a_upper(char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; }
char a_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
char a_swap(char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

// Unicode's Final_Sigma condition for the capital sigma at index i: preceded by a cased letter and
// not followed by one (case-ignorable characters are skipped both ways).
bool final_sigma(const std::u32string& s, size_t i) {
  size_t j = i;
  bool before = false;
  while (j > 0) {
    uint32_t c = s[--j];
    if (uni_iscase_ignorable(c)) continue;
    before = uni_iscased(c);
    break;
  }
  if (!before) return false;
  for (size_t k = i + 1; k < s.size(); ++k) {
    uint32_t c = s[k];
    if (uni_iscase_ignorable(c)) continue;
    return !uni_iscased(c);
  }
  return true;
}

void lower_at(std::u32string& out, const std::u32string& s, size_t i) {
  if (s[i] == 0x3A3) out.push_back(final_sigma(s, i) ? 0x3C2 : 0x3C3);
  else uni_append_lower(out, s[i]);
}

enum class Mode { Upper, Lower, Fold, Capitalize, Title, Swap };

Ref case_map(Value self, Mode mode) {
  StrObject* o = as_str(self);
  if (o->ascii) {
    switch (mode) {
      case Mode::Upper: return ascii_map(self, a_upper);
      case Mode::Lower:
      case Mode::Fold: return ascii_map(self, a_lower);
      case Mode::Swap: return ascii_map(self, a_swap);
      case Mode::Capitalize: {
        std::string out(o->view());
        for (size_t i = 0; i < out.size(); ++i) out[i] = i ? a_lower(out[i]) : a_upper(out[i]);
        return str_from_utf8_unchecked(out, out.size(), true);
      }
      case Mode::Title: {
        std::string out(o->view());
        bool prev_cased = false;
        for (char& c : out) {
          bool cased = (c | 32) >= 'a' && (c | 32) <= 'z';
          c = prev_cased ? a_lower(c) : a_upper(c);
          prev_cased = cased;
        }
        return str_from_utf8_unchecked(out, out.size(), true);
      }
    }
  }
  std::u32string s = str_to_u32(o->view());
  std::u32string out;
  out.reserve(s.size());
  bool prev_cased = false;
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t c = s[i];
    switch (mode) {
      case Mode::Upper: uni_append_upper(out, c); break;
      case Mode::Lower: lower_at(out, s, i); break;
      case Mode::Fold: uni_append_fold(out, c); break;
      case Mode::Capitalize:
        if (i == 0) uni_append_title(out, c);
        else lower_at(out, s, i);
        break;
      case Mode::Title:
        if (prev_cased) lower_at(out, s, i);
        else uni_append_title(out, c);
        prev_cased = uni_iscased(c);
        break;
      case Mode::Swap:
        if (uni_isupper(c)) lower_at(out, s, i);
        else if (uni_islower(c)) uni_append_upper(out, c);
        else out.push_back(c);
        break;
    }
  }
  return str_from_u32(out);
}

template <bool (*Pred)(uint32_t)>
Ref all_chars(Value self) {
  StrObject* o = as_str(self);
  if (o->size == 0) return Ref(False());
  std::string_view v = o->view();
  size_t i = 0;
  while (i < v.size())
    if (!Pred(utf8_decode_at(v, i))) return Ref(False());
  return Ref(True());
}

}  // namespace

Ref str_upper(Value self, const Value*, size_t n, Value kw) { args_none(T, "upper", n, kw); return case_map(self, Mode::Upper); }
Ref str_lower(Value self, const Value*, size_t n, Value kw) { args_none(T, "lower", n, kw); return case_map(self, Mode::Lower); }
Ref str_casefold(Value self, const Value*, size_t n, Value kw) { args_none(T, "casefold", n, kw); return case_map(self, Mode::Fold); }
Ref str_capitalize(Value self, const Value*, size_t n, Value kw) { args_none(T, "capitalize", n, kw); return case_map(self, Mode::Capitalize); }
Ref str_title(Value self, const Value*, size_t n, Value kw) { args_none(T, "title", n, kw); return case_map(self, Mode::Title); }
Ref str_swapcase(Value self, const Value*, size_t n, Value kw) { args_none(T, "swapcase", n, kw); return case_map(self, Mode::Swap); }

Ref str_isdigit(Value self, const Value*, size_t n, Value kw) { args_none(T, "isdigit", n, kw); return all_chars<uni_isdigit>(self); }
Ref str_isdecimal(Value self, const Value*, size_t n, Value kw) { args_none(T, "isdecimal", n, kw); return all_chars<uni_isdecimal>(self); }
Ref str_isnumeric(Value self, const Value*, size_t n, Value kw) { args_none(T, "isnumeric", n, kw); return all_chars<uni_isnumeric>(self); }
Ref str_isalpha(Value self, const Value*, size_t n, Value kw) { args_none(T, "isalpha", n, kw); return all_chars<uni_isalpha>(self); }
Ref str_isalnum(Value self, const Value*, size_t n, Value kw) { args_none(T, "isalnum", n, kw); return all_chars<uni_isalnum>(self); }
Ref str_isspace(Value self, const Value*, size_t n, Value kw) { args_none(T, "isspace", n, kw); return all_chars<uni_isspace>(self); }

Ref str_isprintable(Value self, const Value*, size_t n, Value kw) {
  args_none(T, "isprintable", n, kw);
  std::string_view v = str_view(self);
  size_t i = 0;
  while (i < v.size())
    if (!uni_isprintable(utf8_decode_at(v, i))) return Ref(False());
  return Ref(True());
}

Ref str_isascii(Value self, const Value*, size_t n, Value kw) {
  args_none(T, "isascii", n, kw);
  return Ref(bool_value(as_str(self)->ascii));
}

Ref str_isupper(Value self, const Value*, size_t n, Value kw) {
  args_none(T, "isupper", n, kw);
  std::string_view v = str_view(self);
  bool cased = false;
  size_t i = 0;
  while (i < v.size()) {
    uint32_t c = utf8_decode_at(v, i);
    if (uni_islower(c) || uni_istitle(c)) return Ref(False());
    if (uni_isupper(c)) cased = true;
  }
  return Ref(bool_value(cased));
}

Ref str_islower(Value self, const Value*, size_t n, Value kw) {
  args_none(T, "islower", n, kw);
  std::string_view v = str_view(self);
  bool cased = false;
  size_t i = 0;
  while (i < v.size()) {
    uint32_t c = utf8_decode_at(v, i);
    if (uni_isupper(c) || uni_istitle(c)) return Ref(False());
    if (uni_islower(c)) cased = true;
  }
  return Ref(bool_value(cased));
}

Ref str_istitle(Value self, const Value*, size_t n, Value kw) {
  args_none(T, "istitle", n, kw);
  std::string_view v = str_view(self);
  bool cased = false, prev_cased = false;
  size_t i = 0;
  while (i < v.size()) {
    uint32_t c = utf8_decode_at(v, i);
    if (uni_isupper(c) || uni_istitle(c)) {
      if (prev_cased) return Ref(False());
      prev_cased = cased = true;
    } else if (uni_islower(c)) {
      if (!prev_cased) return Ref(False());
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Ref(bool_value(cased));
}

Ref str_isidentifier(Value self, const Value*, size_t n, Value kw) {
  args_none(T, "isidentifier", n, kw);
  std::string_view v = str_view(self);
  if (v.empty()) return Ref(False());
  size_t i = 0;
  if (!uni_isxid_start(utf8_decode_at(v, i))) return Ref(False());
  while (i < v.size())
    if (!uni_isxid_continue(utf8_decode_at(v, i))) return Ref(False());
  return Ref(True());
}

}  // namespace minipy
