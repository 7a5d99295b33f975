using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyArchive.Core.Search.Analysis;

/// <summary>Turns the typographic apostrophe (’) into ' so that elision and possessive filters see "l’exportation" and
/// "China’s" the way they see "l'exportation" and "China's". Offsets are untouched, so snippets stay exact.</summary>
public sealed class ApostropheNormalizer : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ApostropheNormalizer(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] is '\u2019' or '\u02BC' or '\uFF07') buffer[i] = '\'';
        }
        return true;
    }
}
