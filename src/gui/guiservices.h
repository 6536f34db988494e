#pragma once

class ApiKey;
class LanguageSwitcher;
class NowPlaying;
class NowPlayingPipeline;
class ObsLink;
class ObsSession;
class OutputFiles;
class OverlayStore;
class SecretStore;
class ServiceRegistry;
class Settings;
class StreamSessions;
class SyncEngine;

// The core objects the window works with, owned by Application and passed down.
struct GuiServices {
    Settings &settings;
    // Read only: NowPlayingTracker is its one writer.
    const NowPlaying &nowPlaying;
    ApiKey &apiKey;
    SecretStore &secrets;
    ServiceRegistry &services;
    NowPlayingPipeline &pipeline;
    OverlayStore &overlays;
    ObsLink &obs;
    OutputFiles &outputs;
    SyncEngine &sync;
    // The streams and recordings seen through OBS, and that standing connection.
    const StreamSessions &sessions;
    const ObsSession &obsSession;
};
