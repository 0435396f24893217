#version 330 core
// Skin block geometry: world-space position (mm), normal and linear colour per vertex.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec4 a_colour;

uniform mat4 u_view_proj;  // world → clip

out vec3 v_world;
out vec3 v_normal;
out vec4 v_colour;

void main() {
  v_world = a_position;
  v_normal = a_normal;
  v_colour = a_colour;
  gl_Position = u_view_proj * vec4(a_position, 1.0);
}
