#version 330 core
// Writes a cached layer's colour and depth back into the frame, so that geometry drawn later
// is depth-tested against it exactly as if the layer had been drawn this frame. With
// COLOUR_ONLY (nothing 3D is drawn afterwards) the depth is left alone, which is cheaper.
uniform sampler2D u_colour;  // resolved colour of the cached layer
uniform sampler2D u_depth;   // its depth
uniform vec2 u_origin;       // viewport origin in window pixels
uniform vec2 u_size;         // viewport size in pixels

out vec4 frag_colour;

void main() {
  vec2 uv = (gl_FragCoord.xy - u_origin) / u_size;
  frag_colour = texture(u_colour, uv);
#ifndef COLOUR_ONLY
  gl_FragDepth = texture(u_depth, uv).r;
#endif
}
