#include "platform/gl_texture_store.h"

#include <GL/gl.h>

namespace kitbag {

Result<Texture> GlTextureStore::upload(const Image& image) {
  if (image.empty() || image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * 4)
    return Error{"there is no picture to upload"};
  GLuint name = 0;
  glGenTextures(1, &name);
  if (name == 0) return Error{"the graphics driver could not make a texture"};
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  glBindTexture(GL_TEXTURE_2D, name);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               image.rgba.data());
  const GLenum error = glGetError();
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  if (error != GL_NO_ERROR) {
    glDeleteTextures(1, &name);
    return Error{"the graphics driver refused a " + std::to_string(image.width) + "x" +
                 std::to_string(image.height) + " picture (OpenGL error " + std::to_string(error) + ")"};
  }
  return Texture{name, image.width, image.height};
}

void GlTextureStore::release(const Texture& texture) {
  if (texture.id == 0) return;
  auto name = static_cast<GLuint>(texture.id);
  glDeleteTextures(1, &name);
}

}  // namespace kitbag
