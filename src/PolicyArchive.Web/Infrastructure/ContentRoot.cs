namespace PolicyArchive.Web.Infrastructure;

/// <summary>Where the app finds its settings, pages and data folder. ASP.NET takes the working directory, which is right
/// for `dotnet run` (the project folder) and for the published app started from its own folder. Started from anywhere
/// else (`dotnet /srv/policyarchive/PolicyArchive.Web.dll` from a service manager's `/`), it found no appsettings.json:
/// it ran without the settings' log levels (every SQL statement logged), and looked for wwwroot and App_Data in the
/// wrong folder. Then the app's own folder is the root, where the publish put appsettings.json.</summary>
public static class ContentRoot
{
    private const string Settings = "appsettings.json";

    /// <summary>Null (ASP.NET's default, the working directory) when that directory holds the settings file or the app's
    /// folder does not either.</summary>
    public static string? WhenStartedElsewhere()
    {
        if (File.Exists(Path.Combine(Directory.GetCurrentDirectory(), Settings))) return null;
        return File.Exists(Path.Combine(AppContext.BaseDirectory, Settings)) ? AppContext.BaseDirectory : null;
    }
}
