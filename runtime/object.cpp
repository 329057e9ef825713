// The object header's lifecycle and the immortal singletons.
#include "runtime/object.h"

#include "runtime/gc.h"
#include "runtime/misc_objects.h"

namespace minipy {

NoneObject NoneStruct{{kImmortalRefcnt, &NoneType}};
Object NotImplementedStruct{kImmortalRefcnt, &NotImplementedType};
Object EllipsisStruct{kImmortalRefcnt, &EllipsisType};

void dealloc_object(Object* o) { o->type->dealloc(o); }

void dealloc_common_tail(Object* o) {
  TypeObject* type = o->type;
  if (Ref* d = instance_dict_slot(o)) d->~Ref();
  heap_free_object(o);
  if (type->flags & kTypeHeapType) decref(Value(static_cast<Object*>(type)));
}

}  // namespace minipy
