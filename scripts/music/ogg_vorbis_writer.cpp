#include "scripts/music/ogg_vorbis_writer.h"

#include <ogg/ogg.h>
#include <vorbis/codec.h>
#include <vorbis/vorbisenc.h>

#include <algorithm>
#include <cstddef>
#include <fstream>

namespace kitbag::music {
namespace {

// "Kitb". Encoders usually pick a random serial number; a fixed one keeps builds reproducible, and
// a file holds only one stream, so there is nothing for it to clash with.
constexpr int kSerialNumber = 0x4B697462;

// Frames handed to the encoder at a time: the PCM is copied over in these pieces, never all at once.
constexpr std::size_t kBlockFrames = 4096;

// libvorbis and libogg keep their state in C structs that must be cleared in the reverse order of
// setting up, whichever way encoding ends; this holds them and does that.
class Encoder {
 public:
  Encoder() {
    vorbis_info_init(&info_);
    vorbis_comment_init(&comment_);
  }
  ~Encoder() {
    if (started_) {
      ogg_stream_clear(&stream_);
      vorbis_block_clear(&block_);
      vorbis_dsp_clear(&dsp_);
    }
    vorbis_comment_clear(&comment_);
    vorbis_info_clear(&info_);
  }
  Encoder(const Encoder&) = delete;
  Encoder& operator=(const Encoder&) = delete;

  // Returns false when libvorbis has no mode for these settings.
  bool start(int sample_rate, float quality) {
    if (vorbis_encode_init_vbr(&info_, 2, sample_rate, quality) != 0) return false;
    vorbis_analysis_init(&dsp_, &info_);
    vorbis_block_init(&dsp_, &block_);
    ogg_stream_init(&stream_, kSerialNumber);
    started_ = true;
    return true;
  }

  // The three header packets, flushed onto pages of their own as the Vorbis spec requires.
  void write_headers(std::ostream& out) {
    ogg_packet identification, comments, codebooks;
    vorbis_analysis_headerout(&dsp_, &comment_, &identification, &comments, &codebooks);
    ogg_stream_packetin(&stream_, &identification);
    ogg_stream_packetin(&stream_, &comments);
    ogg_stream_packetin(&stream_, &codebooks);
    ogg_page page;
    while (ogg_stream_flush(&stream_, &page) != 0) write_page(out, page);
  }

  // Hands frames [begin, begin + count) of the mix to the encoder; a count of 0 ends the stream.
  void write_frames(std::ostream& out, const sounds::StereoMix& mix, std::size_t begin, std::size_t count) {
    if (count > 0) {
      float** buffer = vorbis_analysis_buffer(&dsp_, static_cast<int>(count));
      const auto held = [](double value) { return static_cast<float>(std::clamp(value, -1.0, 1.0)); };
      for (std::size_t i = 0; i < count; ++i) {
        buffer[0][i] = held(mix.left[begin + i]);
        buffer[1][i] = held(mix.right[begin + i]);
      }
    }
    vorbis_analysis_wrote(&dsp_, static_cast<int>(count));
    drain(out);
  }

 private:
  // Encodes every block the analysis has ready and writes each page the stream fills (once the
  // last packet is in, libogg puts out the part-filled last page too).
  void drain(std::ostream& out) {
    while (vorbis_analysis_blockout(&dsp_, &block_) == 1) {
      vorbis_analysis(&block_, nullptr);
      vorbis_bitrate_addblock(&block_);
      ogg_packet packet;
      while (vorbis_bitrate_flushpacket(&dsp_, &packet) == 1) {
        ogg_stream_packetin(&stream_, &packet);
        ogg_page page;
        while (ogg_stream_pageout(&stream_, &page) != 0) write_page(out, page);
      }
    }
  }

  static void write_page(std::ostream& out, const ogg_page& page) {
    out.write(reinterpret_cast<const char*>(page.header), page.header_len);
    out.write(reinterpret_cast<const char*>(page.body), page.body_len);
  }

  vorbis_info info_;
  vorbis_comment comment_;
  vorbis_dsp_state dsp_{};
  vorbis_block block_{};
  ogg_stream_state stream_{};
  bool started_ = false;
};

}  // namespace

std::string write_ogg_vorbis(const std::filesystem::path& file, const sounds::StereoMix& mix, float quality) {
  if (mix.left.size() != mix.right.size()) return "the mix's left and right channels differ in length";
  if (mix.sample_rate <= 0) return "the mix has no sample rate";
  // libvorbis would quietly clamp a quality out of range; a caller asking for one has made a mistake.
  if (!(quality >= -0.1f && quality <= 1.0f))
    return "quality " + std::to_string(quality) + " is outside Vorbis's -0.1 to 1";
  Encoder encoder;
  if (!encoder.start(mix.sample_rate, quality))
    return "the Vorbis encoder cannot encode " + std::to_string(mix.sample_rate) + " Hz";
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) return "cannot be opened for writing";
  encoder.write_headers(out);
  for (std::size_t begin = 0; begin < mix.frames() && out; begin += kBlockFrames)
    encoder.write_frames(out, mix, begin, std::min(kBlockFrames, mix.frames() - begin));
  encoder.write_frames(out, mix, mix.frames(), 0);
  out.close();
  if (!out) return "could not be written in full";
  return "";
}

}  // namespace kitbag::music
