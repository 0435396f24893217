// imgui_demo_baseline: the Dear ImGui demo window alone, drawn with the same GLFW and OpenGL 3
// backends as dermaviz into an offscreen framebuffer of the same size, timed like
// `dermaviz bench` (glFinish after each frame). Speed targets are ratios to this figure measured
// in the same run, so a busy or slow machine cancels out.
//   imgui_demo_baseline [--size WxH] [--frames N]
#include <glad/gl.h>
// GLFW after glad: glad refuses a GL header included before it.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

namespace {

int fail(const char* what) {
  std::fprintf(stderr, "imgui_demo_baseline: %s (no display? run under xvfb-run -a)\n", what);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  int width = 1280, height = 720, frames = 120;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--size") == 0 &&
        std::sscanf(argv[i + 1], "%dx%d", &width, &height) == 2) {
      continue;
    }
    if (std::strcmp(argv[i], "--frames") == 0) {
      frames = std::atoi(argv[i + 1]);
      continue;
    }
    std::fprintf(stderr, "usage: imgui_demo_baseline [--size WxH] [--frames N]\n");
    return 2;
  }
  if (width < 16 || height < 16 || width > 4096 || height > 4096 || frames < 1) {
    std::fprintf(stderr, "imgui_demo_baseline: --size 16x16..4096x4096, --frames >= 1\n");
    return 2;
  }
  if (!glfwInit()) return fail("GLFW could not start");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  GLFWwindow* w = glfwCreateWindow(width, height, "imgui demo baseline", nullptr, nullptr);
  if (!w) return fail("no OpenGL 3.3 window");
  glfwMakeContextCurrent(w);
  if (!gladLoadGL(glfwGetProcAddress)) return fail("OpenGL 3.3 functions missing");

  // The frame's target: a single-sampled colour+depth framebuffer of the requested size.
  GLuint fbo = 0, rb[2] = {0, 0};
  glGenFramebuffers(1, &fbo);
  glGenRenderbuffers(2, rb);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo);
  glBindRenderbuffer(GL_RENDERBUFFER, rb[0]);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb[0]);
  glBindRenderbuffer(GL_RENDERBUFFER, rb[1]);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, rb[1]);

  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(w, false);
  ImGui_ImplOpenGL3_Init("#version 330 core");

  auto frame = [&] {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    ImGui::NewFrame();
    ImGui::ShowDemoWindow();
    ImGui::Render();
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glViewport(0, 0, width, height);
    glClearColor(0.45f, 0.55f, 0.60f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glFinish();
  };
  frame();  // warm-up: font atlas upload, shader compile
  frame();
  std::vector<double> ms;
  const std::clock_t cpu0 = std::clock();
  for (int i = 0; i < frames; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    frame();
    ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  std::sort(ms.begin(), ms.end());
  const std::size_t n = ms.size();
  const double median = n % 2 ? ms[n / 2] : 0.5 * (ms[n / 2 - 1] + ms[n / 2]);
  std::printf("baseline: Dear ImGui %s demo window alone, %d frames at %dx%d\n", IMGUI_VERSION,
              frames, width, height);
  std::printf("cpu ms per frame, all threads: %.2f\n", cpu_ms / frames);
  std::printf("frame ms: min %.2f  median %.2f  max %.2f\n", ms.front(), median, ms.back());

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glDeleteRenderbuffers(2, rb);
  glDeleteFramebuffers(1, &fbo);
  glfwDestroyWindow(w);
  glfwTerminate();
  return 0;
}
