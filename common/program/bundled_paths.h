// Where the programs find the reference data (data/) and the search page (web/) they ship
// with: beside the source tree when run from their build tree, else under the prefix they
// were installed to, found from the executable's own location (so a moved prefix works).
#pragma once

#include <filesystem>

namespace dipsearch {

enum class Bundled { kData, kWeb };

// The bundled directory for a program whose executable is `executable` (empty: this
// process's own, read from /proc/self/exe). A program in the build tree's program folders
// gets the source tree's directory; any other gets <its bin>/../share/dipsearch/<dir> (the
// same relative path the install rules use), never the source or build tree. Without a
// known executable, the absolute install path the build was configured with.
std::filesystem::path bundled_dir(Bundled which, const std::filesystem::path& executable = {});

// What a program uses when no option names the directory: $DIPSEARCH_DATA_DIR (kData) or
// $DIPSEARCH_WEB_DIR (kWeb) when set and not empty, else bundled_dir(which).
std::filesystem::path configured_dir(Bundled which);

}  // namespace dipsearch
