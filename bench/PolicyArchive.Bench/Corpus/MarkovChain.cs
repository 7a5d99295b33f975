namespace PolicyArchive.Bench.Corpus;

/// <summary>
/// Order-1 token Markov chain. Successor lists keep duplicates, so sampling uniformly from a list reproduces the
/// seed texts' transition frequencies (and therefore their term frequencies) without storing counts.
/// Order 1 because the seeds are small: order 2 mostly replays the seed sentences verbatim.
/// </summary>
public sealed class MarkovChain
{
    private const string EndOfSentence = "\u0000";
    private readonly Dictionary<string, List<string>> _successors = new(StringComparer.Ordinal);
    private readonly List<string> _starts = [];

    public int SentenceCount { get; private set; }

    public int TokenCount { get; private set; }

    public int VocabularySize => _successors.Count;

    public void AddSentence(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        _starts.Add(tokens[0]);
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : EndOfSentence;
            if (!_successors.TryGetValue(tokens[i], out var list))
            {
                list = [];
                _successors[tokens[i]] = list;
            }

            list.Add(next);
        }

        SentenceCount++;
        TokenCount += tokens.Count;
    }

    /// <summary>Walks the chain from a sentence start until a sentence end or <paramref name="maxTokens"/>.</summary>
    public List<string> NextSentence(Random random, int maxTokens)
    {
        if (_starts.Count == 0)
        {
            throw new InvalidOperationException("The chain has no training sentences.");
        }

        var sentence = new List<string>();
        var current = _starts[random.Next(_starts.Count)];
        while (sentence.Count < maxTokens)
        {
            sentence.Add(current);
            var successors = _successors[current];
            var next = successors[random.Next(successors.Count)];
            if (next == EndOfSentence)
            {
                break;
            }

            current = next;
        }

        return sentence;
    }
}
