// The timestamps live with the programs' shared pieces now (common/program/timestamp.h).
#pragma once

#include "common/program/timestamp.h"
