namespace PolicyArchive.Bench.Corpus;

/// <summary>Metadata pools: the seeds' own people and outlets first, then plausible ones to widen the facets.</summary>
public static class Catalog
{
    public static readonly IReadOnlyList<string> Authors =
    [
        "Sriram Krishnan", "Patrick Bélanger", "Nathan Lambert", "Dario Amodei", "Marc Andreessen", "Sam Altman",
        "Lisa Su", "Michael Intrator", "Brad Smith", "David Sacks", "Claire Dubois", "Mathieu Lefèvre",
        "Sophie Martin", "Julien Moreau", "Camille Bernard", "Antoine Girard", "Élodie Rousseau", "Nicolas Fontaine",
        "Hélène Garnier", "Thomas Lambert", "Emily Carter", "James Whitfield", "Hannah Brooks", "Daniel Reyes",
        "Li Wei", "Zhang Min", "Wang Fang", "Chen Jing", "Sato Yuki", "Tanaka Hiroshi", "Suzuki Aiko", "Kobayashi Ren",
    ];

    public static readonly IReadOnlyList<string> Publications =
    [
        "Le Monde", "Les Échos", "Le Figaro", "Libération", "L'Usine Digitale", "Contexte", "La Tribune",
        "Interconnects", "Financial Times", "The Economist", "Politico Europe", "Lawfare", "Stratechery",
        "财新", "新华社", "日本経済新聞", "朝日新聞", "Commission européenne", "Sénat", "Assemblée nationale",
        "CNIL", "OCDE", "Institut Montaigne", "IFRI", "Reddit",
    ];

    public static readonly IReadOnlyList<string> Tags =
    [
        "contrôles-export", "puces", "semi-conducteurs", "open-source", "centres-de-données", "sécurité-nationale",
        "chine", "états-unis", "europe", "japon", "deepseek", "openai", "anthropic", "nvidia", "régulation",
        "ai-act", "énergie", "éducation", "talents", "géopolitique", "souveraineté", "cloud", "modèles",
        "investissement", "droit", "éthique", "défense", "recherche", "concurrence", "données",
    ];
}
