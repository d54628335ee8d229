#include "platform/card_files.h"

#include <chrono>
#include <system_error>

#include "app/core/i18n/current_strings.h"
#include "platform/data_dir.h"
#include "platform/file_contents.h"
#include "platform/png_codec.h"

namespace kitbag {
namespace {

constexpr std::uintmax_t kMaxDeckBytes = 4u * 1024 * 1024;
constexpr std::uintmax_t kMaxOwnCardsBytes = 16u * 1024 * 1024;

// DataDir::open already makes a folder and its missing parents owner-only whatever the umask.
Status make_private_folder(const std::filesystem::path& folder) {
  auto opened = DataDir::open(folder, DataDir::Existing::MakePrivate);
  if (!opened) return Error{opened.error()};
  return ok_status();
}

// Averages each block of source pixels into one, so a photo scaled down stays smooth.
Image scale_down(const Image& image, int max_side) {
  const int longest = std::max(image.width, image.height);
  if (longest <= max_side) return image;
  const double factor = static_cast<double>(longest) / max_side;
  Image out;
  out.width = std::max(1, static_cast<int>(image.width / factor));
  out.height = std::max(1, static_cast<int>(image.height / factor));
  out.rgba.resize(static_cast<std::size_t>(out.width) * out.height * 4);
  for (int y = 0; y < out.height; ++y) {
    const int y0 = static_cast<int>(y * factor);
    const int y1 = std::max(y0 + 1, std::min(image.height, static_cast<int>((y + 1) * factor)));
    for (int x = 0; x < out.width; ++x) {
      const int x0 = static_cast<int>(x * factor);
      const int x1 = std::max(x0 + 1, std::min(image.width, static_cast<int>((x + 1) * factor)));
      unsigned long sum[4] = {0, 0, 0, 0};
      for (int sy = y0; sy < y1; ++sy)
        for (int sx = x0; sx < x1; ++sx)
          for (int c = 0; c < 4; ++c)
            sum[c] += image.rgba[(static_cast<std::size_t>(sy) * image.width + sx) * 4 + c];
      const unsigned long n = static_cast<unsigned long>((y1 - y0) * (x1 - x0));
      for (int c = 0; c < 4; ++c)
        out.rgba[(static_cast<std::size_t>(y) * out.width + x) * 4 + c] =
            static_cast<std::uint8_t>(sum[c] / n);
    }
  }
  return out;
}

}  // namespace

DeckLoad load_deck_file(const AssetLocator& assets, DeckId deck) {
  const std::string relative = "decks/" + std::string(deck_name(deck)) + ".json";
  auto path = assets.find(relative);
  if (!path) return DeckLoad{std::nullopt, {path.error()}};
  auto text = read_text_file(path.value(), kMaxDeckBytes);
  if (!text) return DeckLoad{std::nullopt, {text.error()}};
  return parse_deck(text.value(), path.value().string(), deck, current_words());
}

OwnCardsFolder::OwnCardsFolder(std::filesystem::path data_root)
    : folder_(std::move(data_root) / "cards"), file_(folder_ / "own-cards.json") {}

OwnCardsLoad OwnCardsFolder::load() {
  keep_damaged_file_ = false;
  std::error_code error;
  if (!std::filesystem::exists(file_, error)) return {};
  auto text = read_text_file(file_, kMaxOwnCardsBytes);
  OwnCardsLoad load;
  if (text)
    load = OwnCards::parse(text.value(), file_.string());
  else
    load.problems.push_back(text.error());
  if (!load.problems.empty()) {
    keep_damaged_file_ = true;
    load.problems.push_back("the file is left as it is; before a card is next saved it is kept as " +
                            (folder_ / "own-cards.damaged-<time>.json").string());
  }
  return load;
}

Status OwnCardsFolder::save(const OwnCards& cards) {
  if (auto made = make_private_folder(folder_); !made) return made;
  if (keep_damaged_file_) {
    if (auto kept = keep_damaged_file_aside(file_); !kept) return kept;
    keep_damaged_file_ = false;
  }
  return write_file_atomically(file_, cards.to_json());
}

Result<std::string> OwnCardsFolder::import_picture(const std::filesystem::path& source,
                                                   std::string_view card_id) const {
  if (!is_valid_card_id(card_id)) return Error{"\"" + std::string(card_id) + "\" is not a card id"};
  auto image = read_png_file(source);
  if (!image) return Error{image.error()};
  if (auto made = make_private_folder(pictures_folder()); !made) return Error{made.error()};
  const std::string name = unused_file_name(pictures_folder(), std::string(card_id), ".png");
  if (auto written = write_png_file(picture_path(name), scale_down(image.value(), kMaxOwnPictureSide));
      !written)
    return Error{written.error()};
  return name;
}

void OwnCardsFolder::remove_picture(std::string_view file_name) const {
  if (file_name.empty() || file_name.find('/') != std::string_view::npos) return;
  std::error_code error;
  std::filesystem::remove(picture_path(file_name), error);
}

std::filesystem::path OwnCardsFolder::picture_path(std::string_view file_name) const {
  return pictures_folder() / std::string(file_name);
}

}  // namespace kitbag
