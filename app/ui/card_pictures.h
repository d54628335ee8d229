// Card pictures as textures: each file is read and uploaded the first time a card shows it,
// then kept. A picture that cannot be loaded is reported once, naming the file, and the card
// draws without it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "app/card_library.h"
#include "app/core/notices.h"
#include "platform/texture_store.h"

namespace kitbag::ui {

class CardPictures {
 public:
  CardPictures(const CardLibrary& library, TextureStore& textures, Notices& notices)
      : library_(library), textures_(textures), notices_(notices) {}
  ~CardPictures();
  CardPictures(const CardPictures&) = delete;
  CardPictures& operator=(const CardPictures&) = delete;

  // Nothing for drawn pictures ("shape:..."), cards without one, and files that failed.
  std::optional<Texture> texture_for(const Card& card);

 private:
  void forget_own_pictures();

  const CardLibrary& library_;
  TextureStore& textures_;
  Notices& notices_;
  std::uint64_t library_generation_ = 0;
  bool reported_a_problem_ = false;
  std::map<std::string, std::optional<Texture>> loaded_;  // by Card::picture; empty = failed
};

}  // namespace kitbag::ui
