#include "scene/block_parts.h"
namespace dv::scene {
void build_epidermis_cells(BlockBuilder&, const Face&) {}
void build_dermis_fibres(BlockBuilder&, const Face&) {}
void build_vessels(BlockBuilder&, const Face&) {}
void build_fat(BlockBuilder&, const Face&) {}
void build_appendages(BlockBuilder&) {}
}
