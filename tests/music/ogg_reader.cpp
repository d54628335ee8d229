#include "tests/music/ogg_reader.h"

namespace kitbag::test {

OggReader::OggReader(const std::filesystem::path& file) {
  const int opened = ov_fopen(file.c_str(), &file_);
  if (opened != 0) {
    error_ = "not a readable Ogg Vorbis file (libvorbisfile error " + std::to_string(opened) + ")";
    return;
  }
  open_ = true;
  if (ov_streams(&file_) != 1) {
    error_ = "holds " + std::to_string(ov_streams(&file_)) + " logical streams, not one";
    return;
  }
  const vorbis_info* info = ov_info(&file_, -1);
  channels_ = info->channels;
  sample_rate_ = static_cast<int>(info->rate);
  const ogg_int64_t total = ov_pcm_total(&file_, -1);
  if (total < 0) error_ = "declares no length";
  frames_ = total < 0 ? 0 : static_cast<std::size_t>(total);
}

OggReader::~OggReader() {
  if (open_) ov_clear(&file_);
}

std::size_t OggReader::read(float**& channels) {
  if (!error_.empty()) return 0;
  int section = 0;
  const long count = ov_read_float(&file_, &channels, 4096, &section);
  if (count < 0) {
    error_ = "is damaged (libvorbisfile error " + std::to_string(count) + ")";
    return 0;
  }
  return static_cast<std::size_t>(count);
}

DecodedOgg read_ogg(const std::filesystem::path& file) {
  OggReader reader(file);
  DecodedOgg decoded;
  decoded.channels = reader.channels();
  decoded.sample_rate = reader.sample_rate();
  decoded.declared_frames = reader.frames();
  decoded.samples.resize(static_cast<std::size_t>(reader.channels()));
  float** pcm = nullptr;
  while (const std::size_t count = reader.read(pcm)) {
    for (std::size_t c = 0; c < decoded.samples.size(); ++c)
      decoded.samples[c].insert(decoded.samples[c].end(), pcm[c], pcm[c] + count);
  }
  decoded.error = reader.error();
  return decoded;
}

}  // namespace kitbag::test
