// The class sits in the root namespace on purpose: the SDK names Resources/SharedResource.fr.resx after the class in the
// .cs file beside it (PolicyArchive.Web.SharedResource.fr.resources), which is where the localizer looks when no
// ResourcesPath is set.
namespace PolicyArchive.Web;

/// <summary>Marker for the interface strings shared by the public pages. English is the key; French is in the .fr.resx.</summary>
public sealed class SharedResource;
