// Frame objects: the Python view of an execution frame (sys._getframe, gi_frame, tb_frame).
//
// Like CPython 3.11, a frame object is created lazily, the first time Python code asks for one;
// the ordinary call path never touches it. While its frame runs, the object reads the frame
// directly (current line, live f_back). Frames live in recycled LIFO memory, so when the frame
// is freed the object takes a copy of what it still needs (line, locals, the caller's frame
// object) and lets go of the frame.
#pragma once

#include "interp/frame.h"
#include "runtime/object.h"

namespace minipy {

extern TypeObject FrameObjType;

// The frame object of a live frame (created on first request, then the same object each time).
Ref frame_object_for(Frame* f);

// A frame object that never had a live frame behind it (tb_frame of a traceback entry).
Ref frame_object_snapshot(Value code, Value globals, int lineno);

// Called by frame_free when f->frame_obj is set: copy the state out and unlink.
void frame_object_detach(Frame* f);

}  // namespace minipy
