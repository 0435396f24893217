#version 330 core
// Gentle textbook lighting: Lambert key light + hemispheric ambient + a little Blinn specular.
in vec3 v_world;
in vec3 v_normal;
in vec4 v_colour;

uniform vec3 u_eye;        // camera position, mm
uniform float u_specular;  // highlight strength, 0–1

out vec4 frag_colour;

const vec3 kKeyDir = normalize(vec3(-0.35, 0.8, 0.55));  // from upper left, in front
const vec3 kSky = vec3(0.62, 0.64, 0.70);                  // ambient from above
const vec3 kGround = vec3(0.38, 0.34, 0.33);               // ambient from below

// Linear → sRGB transfer function (the framebuffer is not an sRGB one).
vec3 to_srgb(vec3 c) {
  c = clamp(c, 0.0, 1.0);
#ifdef FAST
  // While the camera moves: three square roots instead of pow (within 0.5 % of it), which a
  // software rasteriser evaluates several times faster.
  vec3 s1 = sqrt(c), s2 = sqrt(s1), s3 = sqrt(s2);
  return 0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c;
#else
  return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
#endif
}

void main() {
  vec3 n = normalize(v_normal);
  vec3 v = normalize(u_eye - v_world);
  if (dot(n, v) < 0.0) n = -n;  // two-sided: open tube ends and inner faces stay lit
  float lambert = max(dot(n, kKeyDir), 0.0);
  vec3 ambient = mix(kGround, kSky, 0.5 + 0.5 * n.y);
  vec3 c = v_colour.rgb * (ambient + 0.62 * lambert);
#ifndef FAST  // FAST: no highlight while the camera moves
  vec3 h = normalize(kKeyDir + v);
  c += u_specular * 0.35 * pow(max(dot(n, h), 0.0), 40.0);
#endif
  frag_colour = vec4(to_srgb(c), v_colour.a);
}
