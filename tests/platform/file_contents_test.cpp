#include "platform/file_contents.h"

#include <gtest/gtest.h>

#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;

TEST(FileContents, ReadsEveryByte) {
  TempDir dir;
  const std::string data("a\0b\nc", 5);
  auto bytes = read_file(dir.write("f.bin", data), 100);
  ASSERT_TRUE(bytes.ok()) << bytes.error();
  EXPECT_EQ(std::string(bytes.value().begin(), bytes.value().end()), data);
}

TEST(FileContents, AFileOverTheCeilingIsRefusedNamingIt) {
  TempDir dir;
  const auto file = dir.write("big.bin", std::string(101, 'x'));
  auto bytes = read_file(file, 100);
  ASSERT_FALSE(bytes.ok());
  EXPECT_TRUE(Contains(bytes.error(), file.string() + ": the file is too large (101 bytes; at most 100)"));
  EXPECT_TRUE(read_file(file, 101).ok()) << "the ceiling itself is allowed";
}

TEST(FileContents, AFolderOrNothingIsAClearError) {
  TempDir dir;
  EXPECT_TRUE(Contains(read_file(dir.path(), 100).error(), dir.path().string() + ": not a file"));
  EXPECT_TRUE(Contains(read_file(dir.path() / "gone", 100).error(),
                       (dir.path() / "gone").string() + ": no such file"));
}

}  // namespace
}  // namespace kitbag
