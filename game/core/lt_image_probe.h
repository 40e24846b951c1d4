/* lt_image_probe.h: tells a PNG from a JPEG by its first bytes and reads its
 * pixel size from the PNG IHDR chunk or the JPEG SOFn frame header. Small and
 * bounded (it never reads past `len`), so the pack checker can judge an image
 * without SDL; decoding stays in the engine (SDL2_image).
 * Depends on: libc only. No SDL. */
#ifndef LT_IMAGE_PROBE_H
#define LT_IMAGE_PROBE_H

#include <stddef.h>
#include <stdint.h>

typedef enum lt_image_format {
    LT_IMAGE_NONE = 0,
    LT_IMAGE_PNG,
    LT_IMAGE_JPEG
} lt_image_format;

typedef enum lt_image_status {
    LT_IMAGE_OK = 0,
    LT_IMAGE_NOT_IMAGE,   /* neither the PNG signature nor a JPEG SOI marker */
    LT_IMAGE_TRUNCATED,   /* the file ends before the size could be read */
    LT_IMAGE_BAD_HEADER   /* PNG: no valid IHDR; JPEG: a broken segment, no frame header */
} lt_image_status;

typedef struct lt_image_info {
    lt_image_format format;
    uint32_t width, height; /* pixels; 0 when the header says so (an error for packs) */
} lt_image_info;

/* Reads the format and size of the image in data[0..len). Fills *out (format
 * is set as soon as the signature is recognised, also on later failure) and
 * returns LT_IMAGE_OK, or what went wrong. Never reads outside the buffer;
 * any bytes are safe input. */
lt_image_status lt_image_probe(const unsigned char *data, size_t len, lt_image_info *out);

/* "png", "jpeg", or "unknown". */
const char *lt_image_format_name(lt_image_format f);

/* A short English reason for a status: "not a PNG or JPEG file", ... */
const char *lt_image_status_text(lt_image_status s);

#endif
