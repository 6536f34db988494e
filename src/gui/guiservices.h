#pragma once

class ApiKey;
class LanguageSwitcher;
class NowPlaying;
class NowPlayingPipeline;
class ObsLink;
class OutputFiles;
class OverlayStore;
class SecretStore;
class ServiceRegistry;
class Settings;

// The core objects the window works with, owned by Application and passed down.
struct GuiServices {
    Settings &settings;
    NowPlaying &nowPlaying;
    ApiKey &apiKey;
    SecretStore &secrets;
    ServiceRegistry &services;
    NowPlayingPipeline &pipeline;
    OverlayStore &overlays;
    ObsLink &obs;
    OutputFiles &outputs;
};
