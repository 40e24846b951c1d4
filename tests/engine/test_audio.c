/* test_audio.c: with no audio device the engine stays silent (no failure),
 * and with the dummy device sounds load and play; volume is clamped.
 * Depends on: eng.h (headless), eng_test.h. */
#include <stdlib.h>

#include "eng_test.h"

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    /* An audio driver that does not exist: no device at all. */
    setenv("SDL_AUDIODRIVER", "letopis-no-such-driver", 1);
    eng_desc d = eng_test_desc(argv[1]);
    d.volume = 30;
    CHECK(eng_init(&d));
    CHECK(!eng_audio_available());
    for (int i = 0; i < ENG_SND_COUNT; i++)
        eng_sound_play((eng_sound_id)i);
    eng_sound_play((eng_sound_id)99);
    CHECK(eng_volume() == 30);
    eng_set_volume(150);
    CHECK(eng_volume() == 100);
    eng_set_volume(-5);
    CHECK(eng_volume() == 0);
    eng_shutdown();

    /* The dummy device: sounds load and play. */
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    d.volume = -1;
    CHECK(eng_init(&d));
    CHECK(eng_audio_available());
    CHECK(eng_volume() == 80); /* default */
    CHECK(strcmp(eng_last_error(), "") == 0); /* all five sounds loaded */
    for (int i = 0; i < ENG_SND_COUNT; i++)
        eng_sound_play((eng_sound_id)i);
    eng_set_volume(50);
    CHECK(eng_volume() == 50);
    eng_shutdown();
    return eng_test_finish("engine_audio");
}
