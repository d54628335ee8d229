#include "platform/texture_store.h"

#include "platform/png_codec.h"

namespace kitbag {

Result<Texture> TextureStore::load_png(const std::filesystem::path& file) {
  auto image = read_png_file(file);
  if (!image) return Error{image.error()};
  return upload(image.value());
}

}  // namespace kitbag
