// Tokenizer (see lexer.h). Mirrors the structure of CPython's tokenizer so that errors come out
// with the same messages and locations.
#include "interp/lexer.h"
#include "runtime/unicode.h"

#include <algorithm>
#include <cstdio>

namespace minipy {

namespace {

constexpr int kTabSize = 8;
constexpr int kMaxIndent = 100;
constexpr int kMaxLevel = 200;

// Decodes one UTF-8 code point at s[i]; sets len. Invalid bytes decode as themselves (len 1).
uint32_t decode_utf8(std::string_view s, size_t i, int& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { len = 1; return c; }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) { len = 1; return c; }
  uint32_t cp = c & (0xFF >> (n + 1));
  for (int k = 1; k < n; k++) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) { len = 1; return c; }
    cp = (cp << 6) | (d & 0x3F);
  }
  len = n;
  return cp;
}

// Identifier characters and printability come from the runtime's Unicode 14.0 tables (the same
// data as CPython 3.11's unicodedata).
bool is_unicode_id_start(uint32_t cp) { return uni_isxid_start(cp); }
bool is_unicode_ident(uint32_t cp) { return uni_isxid_continue(cp); }
bool is_printable(uint32_t cp) { return uni_isprintable(cp); }

bool is_id_start_ascii(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(int c) { return c >= '0' && c <= '9'; }

class Lexer {
 public:
  explicit Lexer(const SourceText& text) : t_(text), s_(text.src()) {}
  std::vector<Token> run();
  std::vector<Token> take_tokens() { return std::move(out_); }

 private:
  const SourceText& t_;
  std::string_view s_;
  size_t pos_ = 0;
  int lineno_ = 1;
  size_t line_start_ = 0;
  std::vector<Token> out_;
  std::vector<int> indstack_{0}, altstack_{0};
  struct Open { char c; int lineno, col; };
  std::vector<Open> brackets_;
  bool atbol_ = true;
  bool line_has_tokens_ = false;  // a NEWLINE is due at the end of this logical line

  int peekc(size_t k = 0) const { return pos_ + k < s_.size() ? static_cast<unsigned char>(s_[pos_ + k]) : -1; }
  int col() const { return static_cast<int>(pos_ - line_start_); }
  int col_of(size_t p) const { return static_cast<int>(p - line_start_); }
  size_t t_line_start(int lineno) const { return static_cast<size_t>(t_.line(lineno).data() - s_.data()); }
  void newline_at(size_t p) {  // the '\n' at p has been consumed
    lineno_++;
    line_start_ = p + 1;
  }
  [[noreturn]] void fail(const char* type, std::string msg, int lineno, int col, int end_lineno, int end_col) {
    throw ParseError(t_.error(type, std::move(msg), lineno, col, end_lineno, end_col));
  }
  [[noreturn]] void fail_here(std::string msg) { fail("SyntaxError", std::move(msg), lineno_, col(), lineno_, col()); }
  void emit(TokType type, size_t start, int sline, int scol) {
    out_.push_back(Token{type, s_.substr(start, pos_ - start), sline, scol, lineno_, col()});
  }
  void handle_indent();
  void number();
  void string_literal(size_t start, int scol);
  void verify_end_of_number(size_t start, const char* kind);
  [[noreturn]] void bad_char();
};

void Lexer::handle_indent() {
  // At the beginning of a physical line that starts a logical line: measure the indentation.
  int col = 0, altcol = 0;
  for (;;) {
    int c = peekc();
    if (c == ' ') { col++; altcol++; }
    else if (c == '\t') { col = (col / kTabSize + 1) * kTabSize; altcol++; }
    else if (c == '\f') { col = altcol = 0; }
    else break;
    pos_++;
  }
  int c = peekc();
  if (c == '#' || c == '\n' || (c == '\\' && peekc(1) == '\n')) return;  // blank line: no indentation change
  if (c == -1) return;  // end of input: run() emits the remaining DEDENTs
  if (!brackets_.empty()) return;
  if (col == indstack_.back()) {
    if (altcol != altstack_.back()) fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 0, lineno_, kEndOffsetZero);
  } else if (col > indstack_.back()) {
    if (indstack_.size() >= kMaxIndent) fail("IndentationError", "too many levels of indentation", lineno_, this->col(), lineno_, -1);
    if (altcol <= altstack_.back()) fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 0, lineno_, kEndOffsetZero);
    indstack_.push_back(col);
    altstack_.push_back(altcol);
    out_.push_back(Token{TokType::Indent, s_.substr(line_start_, pos_ - line_start_), lineno_, 0, lineno_, this->col()});
  } else {
    while (indstack_.size() > 1 && col < indstack_.back()) {
      indstack_.pop_back();
      altstack_.pop_back();
      out_.push_back(Token{TokType::Dedent, std::string_view(), lineno_, this->col(), lineno_, this->col()});
    }
    if (col != indstack_.back()) {
      // CPython reports the end of the line.
      size_t e = pos_;
      while (e < s_.size() && s_[e] != '\n') e++;
      fail("IndentationError", "unindent does not match any outer indentation level", lineno_, col_of(e), lineno_, -1);
    }
    if (altcol != altstack_.back()) fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 0, lineno_, kEndOffsetZero);
  }
}

void Lexer::bad_char() {
  int len;
  uint32_t cp = decode_utf8(s_, pos_, len);
  char buf[64];
  if (!is_printable(cp)) {
    snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
    fail("SyntaxError", buf, lineno_, col(), lineno_, col());
  }
  snprintf(buf, sizeof buf, " (U+%04X)", cp);
  fail("SyntaxError", "invalid character '" + std::string(s_.substr(pos_, len)) + "'" + buf, lineno_, col(), lineno_, col());
}

void Lexer::verify_end_of_number(size_t start, const char* kind) {
  // A number directly followed by a keyword is accepted (CPython warns); by a name it is not.
  int c = peekc();
  static const char* const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  if (c == -1) return;
  bool ident = is_id_start_ascii(static_cast<unsigned char>(c)) || is_digit(c) || c >= 0x80;
  if (!ident) return;
  for (const char* kw : kws) {
    std::string_view k(kw);
    if (s_.substr(pos_, k.size()) == k) return;
  }
  (void)start;
  fail("SyntaxError", std::string("invalid ") + kind + " literal", lineno_, col() - 1, lineno_, col() - 1);
}

void Lexer::number() {
  size_t start = pos_;
  int scol = col();
  auto digits = [&](auto pred, const char* kind) {
    // digits with single underscores between them; returns false when no digit was read
    bool any = false;
    for (;;) {
      while (pred(peekc())) { pos_++; any = true; }
      if (peekc() != '_') break;
      pos_++;
      if (!pred(peekc())) { fail("SyntaxError", std::string("invalid ") + kind + " literal", lineno_, col() - 1, lineno_, col() - 1); }
    }
    return any;
  };
  auto isdec = [](int c) { return is_digit(c); };
  auto finish_imag_or_end = [&](const char* kind) {
    if (peekc() == 'j' || peekc() == 'J') { pos_++; verify_end_of_number(start, "imaginary"); }
    else verify_end_of_number(start, kind);
  };
  auto fraction_exponent = [&]() {
    // after the integer part of a decimal: [.digits] [e[+-]digits] [j]
    if (peekc() == '.') {
      pos_++;
      if (is_digit(peekc())) digits(isdec, "decimal");
    }
    if (peekc() == 'e' || peekc() == 'E') {
      size_t save = pos_;
      pos_++;
      if (peekc() == '+' || peekc() == '-') {
        pos_++;
        if (!is_digit(peekc())) fail("SyntaxError", "invalid decimal literal", lineno_, col(), lineno_, col() + 1);
      } else if (!is_digit(peekc())) {
        pos_ = save;  // "1e" followed by a name: let verify_end_of_number complain
        verify_end_of_number(start, "decimal");
        return;
      }
      digits(isdec, "decimal");
    }
    finish_imag_or_end("decimal");
  };
  int c = peekc();
  if (c == '.') {  // .5
    pos_++;
    digits(isdec, "decimal");
    if (peekc() == 'e' || peekc() == 'E' || peekc() == 'j' || peekc() == 'J') {
      pos_--;  // re-enter to handle exponent: treat as "0" integer part already consumed
      pos_++;
    }
    // exponent / imaginary
    if (peekc() == 'e' || peekc() == 'E') {
      size_t save = pos_;
      pos_++;
      if (peekc() == '+' || peekc() == '-') {
        pos_++;
        if (!is_digit(peekc())) fail("SyntaxError", "invalid decimal literal", lineno_, col(), lineno_, col() + 1);
      } else if (!is_digit(peekc())) {
        pos_ = save;
        verify_end_of_number(start, "decimal");
        emit(TokType::Number, start, lineno_, scol);
        return;
      }
      digits(isdec, "decimal");
    }
    finish_imag_or_end("decimal");
  } else if (c == '0') {
    pos_++;
    int x = peekc();
    if (x == 'x' || x == 'X') {
      pos_++;
      auto ishex = [](int d) { return is_digit(d) || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F'); };
      if (peekc() == '_') pos_++;
      if (!digits(ishex, "hexadecimal")) fail("SyntaxError", "invalid hexadecimal literal", lineno_, col() - 1, lineno_, col() - 1);
      verify_end_of_number(start, "hexadecimal");
    } else if (x == 'o' || x == 'O') {
      pos_++;
      auto isoct = [](int d) { return d >= '0' && d <= '7'; };
      if (peekc() == '_') pos_++;
      bool any = digits(isoct, "octal");
      if (is_digit(peekc())) fail("SyntaxError", std::string("invalid digit '") + static_cast<char>(peekc()) + "' in octal literal", lineno_, col(), lineno_, col());
      if (!any) fail("SyntaxError", "invalid octal literal", lineno_, col() - 1, lineno_, col() - 1);
      verify_end_of_number(start, "octal");
    } else if (x == 'b' || x == 'B') {
      pos_++;
      auto isbin = [](int d) { return d == '0' || d == '1'; };
      if (peekc() == '_') pos_++;
      bool any = digits(isbin, "binary");
      if (is_digit(peekc())) fail("SyntaxError", std::string("invalid digit '") + static_cast<char>(peekc()) + "' in binary literal", lineno_, col(), lineno_, col());
      if (!any) fail("SyntaxError", "invalid binary literal", lineno_, col() - 1, lineno_, col() - 1);
      verify_end_of_number(start, "binary");
    } else {
      // zeros, then maybe a float; nonzero digits make an error unless a float follows
      bool nonzero = false;
      pos_--;
      digits(isdec, "decimal");
      size_t zeros_end = start;
      while (zeros_end < pos_ && (s_[zeros_end] == '0' || s_[zeros_end] == '_')) zeros_end++;
      for (size_t k = start; k < pos_; k++)
        if (s_[k] != '0' && s_[k] != '_') nonzero = true;
      int d = peekc();
      if (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J') {
        fraction_exponent();
      } else if (nonzero) {
        fail("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", lineno_, scol, lineno_, col_of(zeros_end));
      } else {
        verify_end_of_number(start, "decimal");
      }
    }
  } else {
    digits(isdec, "decimal");
    fraction_exponent();
  }
  emit(TokType::Number, start, lineno_, scol);
}

void Lexer::string_literal(size_t start, int scol) {
  // pos_ is at the opening quote; start is the first prefix character.
  int sline = lineno_;
  size_t sline_start = line_start_;
  char q = s_[pos_];
  bool triple = peekc(1) == q && peekc(2) == q;
  pos_ += triple ? 3 : 1;
  for (;;) {
    int c = peekc();
    if (c == -1) {
      int detected = (!s_.empty() && s_.back() == '\n') ? lineno_ - 1 : lineno_;
      if (triple)
        fail("SyntaxError", "unterminated triple-quoted string literal (detected at line " + std::to_string(detected) + ")", sline, scol, sline, scol);
      fail("SyntaxError", "unterminated string literal (detected at line " + std::to_string(detected) + ")", sline, scol, sline, scol);
      if (triple)
        fail("SyntaxError", "unterminated triple-quoted string literal (detected at line " + std::to_string(lineno_) + ")", sline, scol, sline, scol);
      fail("SyntaxError", "unterminated string literal (detected at line " + std::to_string(lineno_) + ")", sline, scol, sline, scol);
    }
    if (c == '\n') {
      if (!triple) fail("SyntaxError", "unterminated string literal (detected at line " + std::to_string(lineno_) + ")", sline, scol, sline, scol);
      newline_at(pos_);
      pos_++;
      continue;
    }
    if (c == '\\') {
      pos_++;
      if (peekc() == '\n') { newline_at(pos_); pos_++; }
      else if (peekc() != -1) pos_++;
      continue;
    }
    if (c == q) {
      if (!triple) { pos_++; break; }
      if (peekc(1) == q && peekc(2) == q) { pos_ += 3; break; }
    }
    pos_++;
  }
  (void)sline_start;
  out_.push_back(Token{TokType::String, s_.substr(start, pos_ - start), sline, scol, lineno_, col()});
}

std::vector<Token> Lexer::run() {
  out_.reserve(s_.size() / 3 + 16);
  for (;;) {
    if (atbol_) {
      atbol_ = false;
      handle_indent();
    }
    int c = peekc();
    // whitespace
    while (c == ' ' || c == '\t' || c == '\f') { pos_++; c = peekc(); }
    if (c == '#') {
      while (peekc() != '\n' && peekc() != -1) pos_++;
      c = peekc();
    }
    if (c == -1) {
      if (!brackets_.empty()) {
        const Open& o = brackets_.back();
        out_.push_back(Token{TokType::EofInBrackets, std::string_view(), o.lineno, o.col, lineno_, col()});
        return std::move(out_);
      }
      if (line_has_tokens_) {
        out_.push_back(Token{TokType::Newline, std::string_view(), lineno_, col(), lineno_, col()});
        line_has_tokens_ = false;
      }
      // CPython gives end-of-input tokens the last line and no column (kEofCol).
      int eof_line = (!s_.empty() && s_.back() == '\n') ? lineno_ - 1 : lineno_;
      if (eof_line < 1) eof_line = 1;
      while (indstack_.size() > 1) {
        indstack_.pop_back();
        out_.push_back(Token{TokType::Dedent, std::string_view(), eof_line, kEofCol, eof_line, kEofCol});
      }
      out_.push_back(Token{TokType::EndMarker, std::string_view(), eof_line, kEofCol, eof_line, kEofCol});
      return std::move(out_);
    }
    if (c == '\n') {
      if (line_has_tokens_ && brackets_.empty()) {
        pos_++;
        out_.push_back(Token{TokType::Newline, s_.substr(pos_ - 1, 1), lineno_, col() - 1, lineno_, col() - 1});
        line_has_tokens_ = false;
        newline_at(pos_ - 1);
        atbol_ = true;
      } else {
        pos_++;
        newline_at(pos_ - 1);
        if (brackets_.empty()) atbol_ = true;
      }
      continue;
    }
    if (c == '\\') {
      if (peekc(1) == '\n') {
        pos_ += 2;
        newline_at(pos_ - 1);
        if (peekc() == -1) fail("SyntaxError", "unexpected EOF while parsing", lineno_ - 1, static_cast<int>(pos_ - 1 - t_line_start(lineno_ - 1)), lineno_ - 1, -1);
        continue;
      }
      if (peekc(1) == -1) fail("SyntaxError", "unexpected EOF while parsing", lineno_, col() + 1, lineno_, -1);
      fail("SyntaxError", "unexpected character after line continuation character", lineno_, col() + 1, lineno_, kEndOffsetZero);
    }
    line_has_tokens_ = true;
    size_t start = pos_;
    int scol = col();
    // identifiers, keywords, string prefixes
    if (is_id_start_ascii(static_cast<unsigned char>(c)) || c >= 0x80) {
      bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
      for (;;) {
        int d = peekc();
        if (d == 'b' || d == 'B') { if (saw_b || saw_u || saw_f) break; saw_b = true; }
        else if (d == 'r' || d == 'R') { if (saw_r) break; saw_r = true; }
        else if (d == 'u' || d == 'U') { if (saw_b || saw_r || saw_u || saw_f) break; saw_u = true; }
        else if (d == 'f' || d == 'F') { if (saw_b || saw_u || saw_f) break; saw_f = true; }
        else break;
        pos_++;
        if (peekc() == '"' || peekc() == '\'') {
          string_literal(start, scol);
          goto next;
        }
      }
      for (;;) {
        int d = peekc();
        if (d == -1) break;
        if (d < 0x80) {
          if (is_id_start_ascii(static_cast<unsigned char>(d)) || is_digit(d)) { pos_++; continue; }
          break;
        }
        int len;
        uint32_t cp = decode_utf8(s_, pos_, len);
        if (pos_ == start ? !is_unicode_id_start(cp) : !is_unicode_ident(cp)) bad_char();
        pos_ += len;
      }
      emit(TokType::Name, start, lineno_, scol);
      goto next;
    }
    if (is_digit(c) || (c == '.' && is_digit(peekc(1)))) {
      number();
      goto next;
    }
    if (c == '"' || c == '\'') {
      string_literal(start, scol);
      goto next;
    }
    {
      // operators: longest match
      static const char* const three[] = {"**=", "//=", ">>=", "<<=", "...", nullptr};
      static const char* const two[] = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
                                        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", nullptr};
      size_t len = 0;
      for (int k = 0; three[k] && !len; k++)
        if (s_.substr(pos_, 3) == three[k]) len = 3;
      for (int k = 0; two[k] && !len; k++)
        if (s_.substr(pos_, 2) == two[k]) len = 2;
      if (!len) {
        if (std::string_view("%&()*+,-./:;<=>@[]^{|}~").find(static_cast<char>(c)) != std::string_view::npos) len = 1;
      }
      if (!len) {
        if (c == '$' || c == '?' || c == '`' || c == '!') {
          // CPython's ERRORTOKEN: the parser reports "invalid syntax" here
          pos_++;
          emit(TokType::Op, start, lineno_, scol);
          goto next;
        }
        bad_char();
      }
      if (c == '(' || c == '[' || c == '{') {
        if (brackets_.size() >= kMaxLevel) fail("SyntaxError", "too many nested parentheses", lineno_, scol, lineno_, scol);
        brackets_.push_back(Open{static_cast<char>(c), lineno_, scol});
      } else if (c == ')' || c == ']' || c == '}') {
        if (brackets_.empty()) fail("SyntaxError", std::string("unmatched '") + static_cast<char>(c) + "'", lineno_, scol, lineno_, scol);
        Open o = brackets_.back();
        brackets_.pop_back();
        char want = o.c == '(' ? ')' : o.c == '[' ? ']' : '}';
        if (c != want) {
          std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) + "' does not match opening parenthesis '" + o.c + "'";
          if (o.lineno != lineno_) msg += " on line " + std::to_string(o.lineno);
          fail("SyntaxError", msg, lineno_, scol, lineno_, scol);
        }
      }
      pos_ += len;
      emit(TokType::Op, start, lineno_, scol);
    }
  next:;
  }
}

}  // namespace

SourceText::SourceText(std::string_view src, std::string filename) : src_(src), filename_(std::move(filename)) {
  starts_.push_back(0);
  for (size_t i = 0; i < src.size(); i++)
    if (src[i] == '\n' && i + 1 < src.size()) starts_.push_back(static_cast<int>(i + 1));
}

std::string_view SourceText::line(int lineno) const {
  if (lineno < 1 || lineno > line_count()) return {};
  size_t b = starts_[lineno - 1];
  size_t e = src_.find('\n', b);
  e = e == std::string_view::npos ? src_.size() : e + 1;
  return src_.substr(b, e - b);
}

void SourceText::locate(const char* at, int& lineno, int& col) const {
  int off = static_cast<int>(at - src_.data());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), off);
  lineno = static_cast<int>(it - starts_.begin());
  col = off - starts_[lineno - 1];
}

int SourceText::char_offset(int lineno, int col) const {
  std::string_view l = line(lineno);
  if (col < 0) return col;
  int n = 0;
  for (int i = 0; i < col && i < static_cast<int>(l.size()); i++)
    if ((static_cast<unsigned char>(l[i]) & 0xC0) != 0x80) n++;
  if (col > static_cast<int>(l.size())) n += col - static_cast<int>(l.size());
  return n + 1;
}

SyntaxErrorInfo SourceText::error(const char* type, std::string msg, int lineno, int col, int end_lineno, int end_col) const {
  SyntaxErrorInfo e;
  e.type = type;
  e.msg = std::move(msg);
  e.filename = filename_;
  e.lineno = lineno;
  e.offset = char_offset(lineno, col);
  e.end_lineno = end_lineno;
  e.end_offset = end_col == kEndOffsetZero ? 0 : end_col < 0 ? end_col : char_offset(end_lineno, end_col);
  e.text = std::string(line(lineno));
  return e;
}

std::string normalize_source(std::string_view source) {
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  std::string out;
  out.reserve(source.size());
  for (size_t i = 0; i < source.size(); i++) {
    char c = source[i];
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < source.size() && source[i + 1] == '\n') i++;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<Token> tokenize(const SourceText& text) { return Lexer(text).run(); }

std::vector<Token> tokenize_lazy_errors(const SourceText& text, SyntaxErrorInfo& error) {
  Lexer lx(text);
  try {
    return lx.run();
  } catch (ParseError& e) {
    error = std::move(e.info);
    std::vector<Token> toks = lx.take_tokens();
    int line = error.lineno;
    toks.push_back(Token{TokType::Error, std::string_view(), line, 0, line, 0});
    return toks;
  }
}

bool is_keyword(std::string_view s) {
  static const char* const kws[] = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
                                    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
                                    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
                                    "pass", "raise", "return", "try", "while", "with", "yield"};
  for (const char* k : kws)
    if (s == k) return true;
  return false;
}

}  // namespace minipy
