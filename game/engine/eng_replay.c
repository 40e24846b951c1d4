/* eng_replay.c: action files: recording every delivered action with its
 * tick, and reading a file back to replay it ("letopis-replay 1" format).
 * Depends on: libc, eng_internal.h. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_mixer.h>
#include <SDL_ttf.h>

#include "eng_internal.h"

/* File format, one action a line after the header "letopis-replay 1":
 *   <tick> <action-name> <value> <x> <y> <touch 0|1> [<text>]
 * text escapes: \\ \s (space) \n \t \r \xHH; "# end <tick>" marks where the
 * recorded run ended; other lines starting with '#' and empty lines are
 * ignored. */

typedef struct replay_item {
    uint64_t tick;
    eng_action act;
} replay_item;

static struct {
    FILE *record;
    bool replaying;
    bool bad;
    replay_item *items;
    size_t n, pos;
    uint64_t end;
} rp;

/* ---- record ----------------------------------------------------------- */

static void write_escaped(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '\\': fputs("\\\\", f); break;
        case ' ': fputs("\\s", f); break;
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        case '\r': fputs("\\r", f); break;
        default:
            if (*p < 0x20 || *p == 0x7f)
                fprintf(f, "\\x%02x", *p);
            else
                fputc(*p, f);
        }
    }
}

void eng_replay_record(const eng_action *a)
{
    if (!rp.record)
        return;
    fprintf(rp.record, "%llu %s %d %.9g %.9g %d", (unsigned long long)eng_g.ticks,
            eng_action_name(a->kind), a->value, (double)a->x, (double)a->y, a->touch ? 1 : 0);
    if (a->text[0]) {
        fputc(' ', rp.record);
        write_escaped(rp.record, a->text);
    }
    fputc('\n', rp.record);
}

void eng_replay_finish(void)
{
    if (!rp.record)
        return;
    fprintf(rp.record, "# end %llu\n", (unsigned long long)eng_g.ticks);
    fflush(rp.record);
}

/* ---- replay ----------------------------------------------------------- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Unescapes `s` into out (cap bytes). Returns NULL or what is wrong. */
static const char *unescape(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (; *s; s++) {
        char c = *s;
        if (c == '\\') {
            s++;
            switch (*s) {
            case '\\': c = '\\'; break;
            case 's': c = ' '; break;
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'x': {
                int hi = s[1] ? hexval(s[1]) : -1, lo = hi >= 0 && s[2] ? hexval(s[2]) : -1;
                if (hi < 0 || lo < 0)
                    return "bad \\x escape in text";
                c = (char)(hi * 16 + lo);
                s += 2;
                break;
            }
            default: return "bad escape in text (use \\\\ \\s \\n \\t \\r \\xHH)";
            }
        }
        if (n + 1 >= cap)
            return "text longer than 255 bytes";
        out[n++] = c;
    }
    out[n] = '\0';
    return NULL;
}

static bool parse_u64(const char *s, uint64_t *v)
{
    if (!*s || *s == '-' || *s == '+')
        return false;
    char *end;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 10);
    if (errno || *end)
        return false;
    *v = x;
    return true;
}

static bool parse_int(const char *s, int *v)
{
    char *end;
    errno = 0;
    long x = strtol(s, &end, 10);
    if (!*s || errno || *end || x < -1000000000L || x > 1000000000L)
        return false;
    *v = (int)x;
    return true;
}

static bool parse_float(const char *s, float *v)
{
    char *end;
    errno = 0;
    float x = strtof(s, &end);
    if (!*s || errno || *end || !isfinite(x))
        return false;
    *v = x;
    return true;
}

/* Parses one action line. Returns NULL or what is wrong. */
static const char *parse_line(char *line, replay_item *it, uint64_t prev_tick)
{
    char *f[8];
    int nf = 0;
    for (char *p = strtok(line, " \t"); p; p = strtok(NULL, " \t")) {
        if (nf == 8)
            return "too many fields (want: tick action value x y touch [text])";
        f[nf++] = p;
    }
    if (nf < 6 || nf > 7)
        return "want 6 or 7 fields: tick action value x y touch [text]";
    memset(it, 0, sizeof *it);
    if (!parse_u64(f[0], &it->tick))
        return "tick is not a non-negative whole number";
    if (it->tick < prev_tick)
        return "tick goes backwards";
    int k;
    for (k = 1; k < ENG_ACT_COUNT; k++)
        if (strcmp(f[1], eng_action_name((eng_action_kind)k)) == 0)
            break;
    if (k == ENG_ACT_COUNT)
        return "unknown action name";
    it->act.kind = (eng_action_kind)k;
    if (!parse_int(f[2], &it->act.value))
        return "value is not a whole number";
    if (!parse_float(f[3], &it->act.x) || !parse_float(f[4], &it->act.y))
        return "x or y is not a number";
    if (strcmp(f[5], "0") != 0 && strcmp(f[5], "1") != 0)
        return "touch must be 0 or 1";
    it->act.touch = f[5][0] == '1';
    if (nf == 7)
        return unescape(f[6], it->act.text, sizeof it->act.text);
    return NULL;
}

static bool load_replay(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        eng_set_error("%s: cannot open: %s", path, strerror(errno));
        return false;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    uint64_t prev = 0;
    bool ok = true, saw_end = false;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (lineno == 1) {
            if (strcmp(line, "letopis-replay 1") != 0) {
                eng_set_error("%s:1: expected the header \"letopis-replay 1\"", path);
                ok = false;
                break;
            }
            continue;
        }
        if (len == 0)
            continue;
        if (line[0] == '#') {
            unsigned long long end;
            if (sscanf(line, "# end %llu", &end) == 1) {
                rp.end = end;
                saw_end = true;
            }
            continue;
        }
        if (rp.n % 64 == 0) {
            replay_item *p = realloc(rp.items, (rp.n + 64) * sizeof *p);
            if (!p) {
                eng_set_error("%s:%ld: out of memory", path, lineno);
                ok = false;
                break;
            }
            rp.items = p;
        }
        const char *why = parse_line(line, &rp.items[rp.n], prev);
        if (why) {
            eng_set_error("%s:%ld: %s", path, lineno, why);
            ok = false;
            break;
        }
        prev = rp.items[rp.n].tick;
        rp.n++;
    }
    if (ok && lineno == 0) {
        eng_set_error("%s:1: empty file; expected the header \"letopis-replay 1\"", path);
        ok = false;
    }
    free(line);
    fclose(f);
    /* Without a recorded end, play one second past the last action. */
    if (ok && !saw_end)
        rp.end = (rp.n ? rp.items[rp.n - 1].tick : 0) + ENG_TICK_HZ;
    return ok;
}

bool eng_replay_bad(void) { return rp.bad; }

uint64_t eng_replay_end(void) { return rp.replaying ? rp.end : 0; }

bool eng_replay_active(void) { return rp.replaying; }

bool eng_replay_next(uint64_t tick, eng_action *out)
{
    if (rp.pos >= rp.n || rp.items[rp.pos].tick > tick)
        return false;
    *out = rp.items[rp.pos++].act;
    return true;
}

bool eng_replay_open(const char *record_path, const char *replay_path)
{
    memset(&rp, 0, sizeof rp);
    bool ok = true;
    if (replay_path) {
        rp.replaying = true;
        if (!load_replay(replay_path)) {
            rp.bad = true;
            ok = false;
        }
    }
    if (record_path) {
        rp.record = fopen(record_path, "w");
        if (!rp.record) {
            eng_log("cannot write the record file %s: %s", record_path, strerror(errno));
            ok = false;
        } else {
            fputs("letopis-replay 1\n", rp.record);
        }
    }
    return ok;
}

void eng_replay_close(void)
{
    if (rp.record)
        fclose(rp.record);
    free(rp.items);
    memset(&rp, 0, sizeof rp);
}

