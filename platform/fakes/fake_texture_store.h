// Textures without a graphics card: uploads are checked and counted, and get made-up IDs.
#pragma once

#include <set>

#include "platform/texture_store.h"

namespace kitbag {

class FakeTextureStore final : public TextureStore {
 public:
  Result<Texture> upload(const Image& image) override {
    if (image.empty()) return Error{"there is no picture to upload"};
    Texture texture{next_id_++, image.width, image.height};
    live_.insert(texture.id);
    return texture;
  }
  void release(const Texture& texture) override { live_.erase(texture.id); }
  std::size_t live_count() const { return live_.size(); }

 private:
  std::uintptr_t next_id_ = 1;
  std::set<std::uintptr_t> live_;
};

}  // namespace kitbag
