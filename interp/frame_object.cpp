// Frame objects, materialized lazily from live frames and detached when their frame dies
// (see frame_object.h for why).
#include "interp/frame_object.h"

#include <cstdio>
#include <string>

#include "interp/function.h"
#include "interp/generator.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/misc_objects.h"

namespace minipy {

Ref frame_locals(Frame* f);  // builtins_frame.cpp

TypeObject FrameObjType;

namespace {

struct FrameObj : Object {
  Frame* frame = nullptr;  // the live frame, or null once detached (or for a snapshot)
  Ref code, globals;       // always set
  Ref locals, back;        // detached state: the locals snapshot and the caller's frame object
  int lineno = 0;          // detached state: the line the frame was at
};

FrameObj* as_fo(Value v) { return static_cast<FrameObj*>(v.as_object()); }

// The caller of a live frame, as f_back sees it. A generator frame that is not running has no
// caller (its `back` is left over from the last resumption), as in CPython.
Frame* live_back(Frame* f) {
  if (f->gen && !f->gen->running) return nullptr;
  return f->back;
}

Ref fo_code(Value s) { return as_fo(s)->code; }
Ref fo_globals(Value s) { return as_fo(s)->globals; }
Ref fo_builtins(Value s) { return builtins_for_globals(as_fo(s)->globals); }

Ref fo_locals(Value s) {
  FrameObj* fo = as_fo(s);
  if (fo->frame) return frame_locals(fo->frame);
  return fo->locals ? Ref(fo->locals) : dict_new();
}

int fo_line(FrameObj* fo) { return fo->frame ? fo->frame->lineno() : fo->lineno; }
Ref fo_lineno(Value s) { return int_from_i64(fo_line(as_fo(s))); }

Ref fo_lasti(Value s) {
  FrameObj* fo = as_fo(s);
  if (!fo->frame) return int_from_i64(-1);
  return int_from_i64(int64_t(fo->frame->lasti()) * 2);  // byte offset, as tb_lasti
}

Ref fo_back(Value s) {
  FrameObj* fo = as_fo(s);
  if (fo->frame) {
    Frame* b = live_back(fo->frame);
    return b ? frame_object_for(b) : Ref(None());
  }
  return fo->back ? Ref(fo->back) : Ref(None());
}

Ref fo_trace(Value) { return Ref(None()); }

Ref fo_repr(Value s) {
  FrameObj* fo = as_fo(s);
  auto* co = fo->code.as<CodeObject>();
  char buf[64];
  std::snprintf(buf, sizeof buf, "<frame at %p, file ", static_cast<void*>(s.as_object()));
  return str_new(std::string(buf) + str_repr_utf8(str_view(co->filename)) + ", line " + std::to_string(fo_line(fo)) +
                 ", code " + std::string(str_view(co->name)) + ">");
}

void fo_traverse(Object* o, VisitFn visit, void* arg) {
  auto* fo = static_cast<FrameObj*>(o);
  if (fo->code) visit(fo->code, arg);
  if (fo->globals) visit(fo->globals, arg);
  if (fo->locals) visit(fo->locals, arg);
  if (fo->back) visit(fo->back, arg);
}

// Never touches `frame`: the frame's own reference keeps a live frame's object alive.
void fo_clear(Object* o) {
  auto* fo = static_cast<FrameObj*>(o);
  fo->locals.reset();
  fo->back.reset();
  fo->globals.reset();
}

void fo_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  auto* fo = static_cast<FrameObj*>(o);
  if (fo->frame) fo->frame->frame_obj = nullptr;  // not expected: the frame holds a reference
  // A long chain of dead frames (deep recursion captured once): unlink iteratively.
  Ref back = std::move(fo->back);
  while (back && back.obj()->refcnt == 1 && back.obj()->type == &FrameObjType) {
    Ref next = std::move(as_fo(back)->back);
    back = std::move(next);
  }
  dealloc_as<FrameObj>(o);
}

const GetSetDef kFrameGetSets[] = {
    {"f_code", fo_code},     {"f_globals", fo_globals}, {"f_locals", fo_locals}, {"f_lineno", fo_lineno},
    {"f_back", fo_back},     {"f_builtins", fo_builtins}, {"f_lasti", fo_lasti}, {"f_trace", fo_trace},
    {},
};

void init_frame_type() {
  TypeObject& fr = FrameObjType;
  fr.name = "frame";
  fr.basicsize = sizeof(FrameObj);
  fr.flags = kTypeGC;
  fr.dealloc = fo_dealloc;
  fr.traverse = fo_traverse;
  fr.clear = fo_clear;
  fr.repr = fo_repr;
  fr.getsets = kFrameGetSets;
  fr.base = &ObjectType;
  static_type_declare(&fr);
}

TypeInitHook hook(&init_frame_type);

}  // namespace

Ref frame_object_for(Frame* f) {
  if (f->frame_obj) return Ref(Value(f->frame_obj));
  Ref r = new_object<FrameObj>(&FrameObjType);
  auto* fo = r.as<FrameObj>();
  fo->frame = f;
  fo->code = Ref(Value(static_cast<Object*>(f->code)));
  fo->globals = Ref(Value(f->globals));
  f->frame_obj = r.obj();
  incref(r.get());  // the frame's reference, dropped by frame_object_detach
  return r;
}

Ref frame_object_snapshot(Value code, Value globals, int lineno) {
  Ref r = new_object<FrameObj>(&FrameObjType);
  auto* fo = r.as<FrameObj>();
  fo->code = Ref(code);
  fo->globals = Ref(globals);
  fo->lineno = lineno;
  return r;
}

void frame_object_detach(Frame* f) {
  Ref r = Ref::steal(Value(f->frame_obj));
  auto* fo = r.as<FrameObj>();
  fo->frame = nullptr;
  f->frame_obj = nullptr;
  // Nobody else holds the object: it dies with the frame, nothing to copy (this also keeps a
  // dying frame from materializing its caller's object for nothing).
  if (r.obj()->refcnt == 1) return;
  fo->lineno = f->lineno();
  try {
    fo->locals = frame_locals(f);
    // The caller is still alive (frames die LIFO); a generator frame being freed is suspended or
    // finished, so it has no caller.
    if (!f->gen && f->back) fo->back = frame_object_for(f->back);
  } catch (PyException&) {
    // Out of memory while dying: the object keeps what it has (f_locals {} / f_back None).
  }
}

}  // namespace minipy
