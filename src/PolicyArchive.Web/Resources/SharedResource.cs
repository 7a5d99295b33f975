// The class sits in the root namespace on purpose: with ResourcesPath "Resources", the localizer then looks for
// PolicyArchive.Web.Resources.SharedResource.fr.resources, which is what Resources/SharedResource.fr.resx compiles to.
namespace PolicyArchive.Web;

/// <summary>Marker for the interface strings shared by the public pages. English is the key; French is in the .fr.resx.</summary>
public sealed class SharedResource;
