// Textures in the window's OpenGL context. Use on the thread that owns the context.
#pragma once

#include "platform/texture_store.h"

namespace kitbag {

class GlTextureStore final : public TextureStore {
 public:
  Result<Texture> upload(const Image& image) override;
  void release(const Texture& texture) override;
};

}  // namespace kitbag
