// result.h: moved to core/result.h (Result and Status live in one small core header); this
// forwarder keeps includes of branches in flight compiling. New code includes core/result.h.
#pragma once

#include "core/result.h"
