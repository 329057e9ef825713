// "Did you mean" suggestions for AttributeError and NameError, as CPython 3.11 computes them
// (Python/suggestions.c): the closest name by a Levenshtein distance where a case change costs
// less than other edits, within a budget that grows with the name lengths.
#include <algorithm>
#include <climits>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/list_object.h"
#include "runtime/str_object.h"
#include "runtime/type_object.h"

namespace minipy {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

size_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  if (ascii_lower(a) == ascii_lower(b)) return kCaseCost;
  return kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  if (a == b) return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The best candidate among `names` (an iterable of str), or "".
std::string best_match(Value names, std::string_view name) {
  if (!names) return "";
  Ref list = list_from_iterable(names);
  auto& items = list_items(list);
  if (items.size() >= kMaxCandidates) return "";
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (size_t i = 0; i < items.size(); ++i) {
    Value item = items[i];
    if (!is_str(item)) continue;
    std::string_view cand = str_view(item);
    if (cand == name) continue;
    size_t max_distance = (name.size() + cand.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, cand, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) {
      best = std::string(cand);
      best_distance = d;
    }
  }
  return best;
}

}  // namespace

std::string exception_suggestion(Value exc, Value local_names, Value globals, Value builtins) {
  try {
    if (!is_exception_instance(exc)) return "";
    auto* e = as_exception(exc);
    std::string found;
    if (isinstance(exc, exc::AttributeError)) {
      Value n = e->extra[0], obj = e->extra[1];
      if (!n || !obj || !is_str(n)) return "";
      static Value dn = name("__dir__");
      Ref dir = call_special(obj, dn, nullptr, 0);
      if (!dir) return "";
      Ref sorted_dir = list_from_iterable(dir);
      list_sort(sorted_dir, Value(), false);
      found = best_match(sorted_dir, str_view(n));
    } else if (isinstance(exc, exc::NameError)) {
      Value n = e->extra[0];
      if (!n || !is_str(n)) return "";
      std::string_view nm = str_view(n);
      found = best_match(local_names, nm);
      if (found.empty()) found = best_match(globals, nm);
      if (found.empty()) found = best_match(builtins, nm);
    }
    if (found.empty()) return "";
    return ". Did you mean: '" + found + "'?";
  } catch (const PyException&) {
    return "";  // a failing __dir__ just means no suggestion
  }
}

}  // namespace minipy
