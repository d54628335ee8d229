// Pictures uploaded once to the graphics card, for screens to draw.
#pragma once

#include <cstdint>
#include <filesystem>

#include "app/core/result.h"
#include "platform/image.h"

namespace kitbag {

struct Texture {
  std::uintptr_t id = 0;  // what ImGui::Image() takes as ImTextureID
  int width = 0;
  int height = 0;
};

class TextureStore {
 public:
  virtual ~TextureStore() = default;
  virtual Result<Texture> upload(const Image& image) = 0;
  virtual void release(const Texture& texture) = 0;

  // Reads a PNG file and uploads it; errors name the file.
  Result<Texture> load_png(const std::filesystem::path& file);
};

}  // namespace kitbag
