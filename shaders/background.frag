#version 330 core
// Soft vertical gradient, light slate at the top to deeper slate at the bottom (sRGB output).
in float v_height;
out vec4 frag_colour;

const vec3 kTop = vec3(0.93, 0.94, 0.96);
const vec3 kBottom = vec3(0.70, 0.73, 0.78);

void main() { frag_colour = vec4(mix(kBottom, kTop, clamp(v_height, 0.0, 1.0)), 1.0); }
