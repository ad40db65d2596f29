"""Read aloud: speech engines (espeak-ng, optional Piper), audio sinks, the playback
controller and audio export.  Pure Python: no Qt.
"""

from visavis.core.speech.audio import Audio
from visavis.core.speech.controller import (
    PAUSED,
    PLAYING,
    STOPPED,
    PlaybackStats,
    ReadAloudController,
    SpeechItem,
)
from visavis.core.speech.engine import SpeechEngine, SpeechError
from visavis.core.speech.sinks import AudioError, AudioSink, NullSink, default_sink

__all__ = ["PAUSED", "PLAYING", "STOPPED", "Audio", "AudioError", "AudioSink", "NullSink",
           "PlaybackStats", "ReadAloudController", "SpeechEngine", "SpeechError", "SpeechItem",
           "default_sink"]
