// String literals: prefixes, escape decoding, implicit concatenation and f-strings (3.11 rules:
// the whole f-string is one token; replacement fields are parsed as separate expressions).
#include <cstring>

#include "interp/parser_impl.h"
#include "interp/unicode_names.h"

namespace minipy {

using namespace ast;

namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Prefix {
  bool bytes = false, raw = false, fstr = false, u = false;
  size_t len = 0;  // prefix characters
  size_t quote = 1;  // 1 or 3
};

Prefix read_prefix(std::string_view tok) {
  Prefix p;
  while (tok[p.len] != '\'' && tok[p.len] != '"') {
    char c = tok[p.len];
    if (c == 'b' || c == 'B') p.bytes = true;
    if (c == 'r' || c == 'R') p.raw = true;
    if (c == 'f' || c == 'F') p.fstr = true;
    if (c == 'u' || c == 'U') p.u = true;
    p.len++;
  }
  char q = tok[p.len];
  if (tok.size() >= p.len + 6 && tok[p.len + 1] == q && tok[p.len + 2] == q) p.quote = 3;
  return p;
}

// Thrown by decode(); the caller turns it into a SyntaxError at the string token.
struct DecodeError {
  std::string msg;
};

// Decodes escapes in `s` (the body of a non-raw literal). For bytes, \u \U \N are not escapes.
void decode_escapes(std::string_view s, bool bytes, std::string& out) {
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    size_t start = i;
    if (i + 1 >= s.size()) {
      out.push_back('\\');
      break;
    }
    char e = s[++i];
    auto range_err = [&](const char* what, size_t end) {
      const char* codec = bytes ? "(value error)" : "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
      if (bytes) throw DecodeError{std::string(codec) + " invalid \\x escape at position " + std::to_string(start)};
      throw DecodeError{std::string(codec) + std::to_string(start) + "-" + std::to_string(end) + ": " + what};
    };
    switch (e) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = e - '0';
        for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; k++) v = v * 8 + (s[++i] - '0');
        if (bytes) out.push_back(static_cast<char>(v & 0xFF));
        else append_utf8(out, v);
        break;
      }
      case 'x': {
        int h1 = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
        int h2 = i + 2 < s.size() ? hexval(s[i + 2]) : -1;
        if (h1 < 0 || h2 < 0) range_err("truncated \\xXX escape", i + (h1 < 0 ? 0 : 1));
        uint32_t v = h1 * 16 + h2;
        i += 2;
        if (bytes) out.push_back(static_cast<char>(v));
        else append_utf8(out, v);
        break;
      }
      case 'u':
      case 'U': {
        if (bytes) {
          out.push_back('\\');
          out.push_back(e);
          break;
        }
        int n = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < n; k++) {
          int h = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
          if (h < 0) range_err(e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", i);
          v = v * 16 + h;
          i++;
        }
        if (v > 0x10FFFF) range_err("illegal Unicode character", i);
        append_utf8(out, v);
        break;
      }
      case 'N': {
        if (bytes) {
          out.push_back('\\');
          out.push_back('N');
          break;
        }
        if (i + 1 >= s.size() || s[i + 1] != '{') range_err("malformed \\N character escape", i);
        size_t close = s.find('}', i + 2);
        if (close == std::string_view::npos) range_err("malformed \\N character escape", s.size() - 1);
        uint32_t cp;
        if (close == i + 2 || !lookup_unicode_name(s.substr(i + 2, close - i - 2), cp)) range_err("unknown Unicode character name", close);
        append_utf8(out, cp);
        i = close;
        break;
      }
      default:
        out.push_back('\\');
        out.push_back(e);
        break;
    }
  }
}

}  // namespace

// Builds the JoinedStr parts of one f-string body (and of nested format specs).
class StringParser {
 public:
  StringParser(Parser& p, const Token& first, const Token& last) : p_(p), first_(first), last_(last), tok_(&first) {}
  // The token being parsed: a format spec's nodes end where that token ends (CPython 3.11).
  void set_token(const Token* t) { tok_ = t; }

  void literal(std::string_view body, bool raw) {
    if (raw) pending_.append(body);
    else decode_escapes(body, false, pending_);
  }

  // Parses an f-string body; parts go to `values`. recurse: 0 for the string, 1+ in format specs.
  void fstring(std::string_view body, bool raw, int recurse, std::vector<Expr*>& values, std::string& pending) {
    size_t i = 0, n = body.size();
    while (i < n) {
      // literal run
      size_t start = i;
      while (i < n && body[i] != '{' && body[i] != '}') {
        if (!raw && body[i] == '\\' && i + 1 < n && body[i + 1] == 'N' && i + 2 < n && body[i + 2] == '{') {
          size_t close = body.find('}', i + 3);
          i = close == std::string_view::npos ? n : close + 1;
          continue;
        }
        // A backslash escapes the next character, but never hides a brace (CPython 3.11).
        if (!raw && body[i] == '\\' && i + 1 < n && body[i + 1] != '{' && body[i + 1] != '}') i++;
        i++;
      }
      if (i > start) {
        if (raw) pending.append(body.substr(start, i - start));
        else decode_escapes(body.substr(start, i - start), false, pending);
      }
      if (i >= n) break;
      char c = body[i];
      if (c == '}') {
        if (recurse > 0) return_pos_ = i;
        if (recurse > 0) return;
        if (i + 1 < n && body[i + 1] == '}') {
          pending.push_back('}');
          i += 2;
          continue;
        }
        fail("f-string: single '}' is not allowed");
      }
      // '{'
      if (i + 1 < n && body[i + 1] == '{' && recurse == 0) {
        pending.push_back('{');
        i += 2;
        continue;
      }
      if (i + 1 < n && body[i + 1] == '{' && recurse > 0) {
        // "{{" inside a format spec is an (empty) replacement field in 3.11
      }
      i = field(body, i + 1, raw, recurse, values, pending);
    }
    if (recurse > 0) return_pos_ = n;
  }

  Expr* finish_string(std::vector<Expr*>& values, std::string& pending) {
    flush(values, pending);
    auto* j = p_.make_at<JoinedStr>(first_);
    j->values = std::move(values);
    end(j);
    return j;
  }

  size_t return_pos_ = 0;

 template <class T>
  T* end(T* n) {
    n->end_lineno = last_.end_lineno;
    n->end_col_offset = last_.end_col;
    return n;
  }

 private:
  Parser& p_;
  const Token& first_;
  const Token& last_;
  const Token* tok_;
  std::string pending_;
  // CPython reports f-string errors at the token after the string literals.
  [[noreturn]] void fail(std::string msg) {
    const Token& t = p_.cur();
    int depth = p_.fstring_depth_;
    p_.fstring_depth_ = 0;  // the message already says "f-string"
    struct Restore { Parser& p; int d; ~Restore() { p.fstring_depth_ = d; } } restore{p_, depth};
    p_.error_tok(t, std::move(msg));
  }
  void flush(std::vector<Expr*>& values, std::string& pending) {
    if (pending.empty()) return;
    auto* c = p_.make_at<Constant>(first_);
    c->ckind = ConstKind::Str;
    c->text = std::move(pending);
    pending.clear();
    values.push_back(end(c));
  }

  // Parses the replacement field whose expression starts at body[i]; returns the index after '}'.
  size_t field(std::string_view body, size_t i, bool raw, int recurse, std::vector<Expr*>& values, std::string& pending) {
    if (recurse >= 2) fail("f-string: expressions nested too deeply");
    size_t n = body.size();
    size_t expr_start = i;
    std::vector<char> stack;
    char quote = 0;
    bool triple = false;
    for (; i < n; i++) {
      char ch = body[i];
      if (ch == '\\') fail("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote) {
          if (!triple) quote = 0;
          else if (i + 2 < n && body[i + 1] == quote && body[i + 2] == quote) { quote = 0; i += 2; }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (i + 2 < n && body[i + 1] == ch && body[i + 2] == ch) { triple = true; i += 2; }
        else triple = false;
        quote = ch;
        continue;
      }
      if (ch == '[' || ch == '(' || ch == '{') {
        if (stack.size() >= 200) fail("f-string: too many nested parenthesis");
        stack.push_back(ch);
        continue;
      }
      if (ch == '#') fail("f-string expression part cannot include '#'");
      if (stack.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (i + 1 < n) {
          char next = body[i + 1];
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
            i++;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      }
      if (ch == ']' || ch == ')' || ch == '}') {
        if (stack.empty()) fail(std::string("f-string: unmatched '") + ch + "'");
        char open = stack.back();
        stack.pop_back();
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (ch != want) fail(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" + open + "'");
      }
    }
    if (quote) fail("f-string: unterminated string");
    if (!stack.empty()) fail(std::string("f-string: unmatched '") + stack.back() + "'");
    if (i >= n) fail("f-string: expecting '}'");
    std::string_view expr_text = body.substr(expr_start, i - expr_start);
    bool blank = true;
    for (char ch : expr_text)
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\f' && ch != '\r') blank = false;
    if (blank) fail("f-string: empty expression not allowed");
    Expr* value = compile_expr(expr_text);
    auto* fv = p_.make_at<FormattedValue>(first_);
    fv->value = value;
    bool self_doc = false;
    if (body[i] == '=') {
      self_doc = true;
      i++;
      while (i < n && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\f' || body[i] == '\r')) i++;
      pending.append(body.substr(expr_start, i - expr_start));
      if (i >= n) fail("f-string: expecting '}'");
    }
    flush(values, pending);
    if (body[i] == '!') {
      i++;
      if (i >= n) fail("f-string: expecting '}'");
      char conv = body[i];
      if (conv != 's' && conv != 'r' && conv != 'a') {
        fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      fv->conversion = conv;
      i++;
      if (i >= n) fail("f-string: expecting '}'");
    }
    if (body[i] == ':') {
      i++;
      std::vector<Expr*> spec_values;
      std::string spec_pending;
      StringParser sub(p_, *tok_, *tok_);
      sub.set_token(tok_);
      sub.fstring(body.substr(i), raw, recurse + 1, spec_values, spec_pending);
      i += sub.return_pos_;
      sub.flush(spec_values, spec_pending);
      auto* spec = p_.make_at<JoinedStr>(*tok_);
      spec->values = std::move(spec_values);
      fv->format_spec = sub.end(spec);
      if (i >= n) fail("f-string: expecting '}'");
    }
    if (i >= n || body[i] != '}') fail("f-string: expecting '}'");
    i++;
    if (self_doc && fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
    values.push_back(end(fv));
    return i;
  }

  Expr* compile_expr(std::string_view expr_text) {
    // Wrap in parentheses (allows newlines, as CPython does) and parse with a sub-parser whose
    // token positions are shifted to where the expression sits in the real source.
    std::string* src = p_.arena_.make<std::string>();
    src->reserve(expr_text.size() + 2);
    src->push_back('(');
    src->append(expr_text);
    src->push_back(')');
    int line = 1, col = 0;
    p_.locate(expr_text.data(), line, col);
    SourceText sub_text(*src, p_.text_.filename());
    std::vector<Token> toks;
    try {
      toks = tokenize(sub_text);
    } catch (ParseError& e) {
      fail("f-string: " + e.info.msg);
    }
    for (Token& t : toks) {
      if (t.lineno == 1) t.col += col - 1;
      if (t.end_lineno == 1) t.end_col += col - 1;
      t.lineno += line - 1;
      t.end_lineno += line - 1;
    }
    Parser sub(p_.text_, std::move(toks), p_.arena_, p_.fstring_depth_ + 1);
    sub.sub_src_ = *src;
    sub.sub_line_ = line;
    sub.sub_col_ = col - 1;
    return sub.parse_fstring_expr();
  }
};

Expr* Parser::strings() {
  const Token& first = cur();
  size_t first_idx = p_;
  bool any_bytes = false, any_str = false, any_f = false;
  while (at(TokType::String)) {
    Prefix pre = read_prefix(cur().text);
    (pre.bytes ? any_bytes : any_str) = true;
    if (pre.fstr) any_f = true;
    advance();
  }
  const Token& last = prev();
  if (any_bytes && any_str) error_tok(cur(), "cannot mix bytes and nonbytes literals");
  StringParser sp(*this, first, last);
  std::vector<Expr*> values;
  std::string pending;
  try {
    for (size_t k = first_idx; k < p_; k++) {
      const Token& t = toks_[k];
      Prefix pre = read_prefix(t.text);
      std::string_view body = t.text.substr(pre.len + pre.quote, t.text.size() - pre.len - 2 * pre.quote);
      if (pre.bytes) {
        for (char ch : body)
          if (static_cast<unsigned char>(ch) >= 0x80) error_tok(t, "bytes can only contain ASCII literal characters");
      }
      sp.set_token(&t);
      if (pre.fstr) sp.fstring(body, pre.raw, 0, values, pending);
      else if (pre.raw) pending.append(body);
      else decode_escapes(body, pre.bytes, pending);
    }
  } catch (DecodeError& e) {
    error_tok(cur(), e.msg);
  }
  if (any_f) return sp.finish_string(values, pending);
  auto* c = make_at<Constant>(first);
  c->ckind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
  c->text = std::move(pending);
  if (read_prefix(first.text).u) c->kind_u = "u";
  return fin(c);
}

}  // namespace minipy
