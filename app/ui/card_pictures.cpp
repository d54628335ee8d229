#include "app/ui/card_pictures.h"

#include "app/core/cards/card_shape.h"
#include "app/core/i18n/current_strings.h"

namespace kitbag::ui {

CardPictures::~CardPictures() {
  for (const auto& [picture, texture] : loaded_)
    if (texture) textures_.release(*texture);
}

void CardPictures::forget_own_pictures() {
  // A replaced own picture's name can be taken again by a later one (own-1.png, own-1-2.png, then
  // own-1.png again), so after any change to the cards own pictures are read afresh.
  for (auto it = loaded_.begin(); it != loaded_.end();) {
    if (it->first.starts_with(kOwnPicturePrefix)) {
      if (it->second) textures_.release(*it->second);
      it = loaded_.erase(it);
    } else {
      ++it;
    }
  }
}

std::optional<Texture> CardPictures::texture_for(const Card& card) {
  if (card.picture.empty() || shape_of_picture(card.picture)) return std::nullopt;
  if (library_.generation() != library_generation_) {
    forget_own_pictures();
    library_generation_ = library_.generation();
  }
  if (auto found = loaded_.find(card.picture); found != loaded_.end()) return found->second;

  std::optional<Texture> texture;
  std::optional<Notice> problem;
  auto file = library_.picture_file(card);
  if (!file) {
    problem = Notice{tr("card-pictures.missing"), file.error()};
  } else if (auto uploaded = textures_.load_png(file.value()); !uploaded) {
    problem = Notice{tr("card-pictures.unreadable"), uploaded.error()};
  } else {
    texture = uploaded.value();
  }
  // When a whole folder of pictures is missing, one notice says so; forty would bury the cards.
  if (problem && !reported_a_problem_) {
    problem->detail += "\n" + tr("card-pictures.shown-without");
    notices_.add(std::move(*problem));
    reported_a_problem_ = true;
  }
  loaded_.emplace(card.picture, texture);
  return texture;
}

}  // namespace kitbag::ui
