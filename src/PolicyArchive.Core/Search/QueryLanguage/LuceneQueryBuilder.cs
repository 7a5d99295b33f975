using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyArchive.Core.Documents;

using PolicyArchive.Core.Search.Analysis;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Fuzzy;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>Turns a parsed researcher query into a Lucene query: every word is looked for in every language field
/// (the best field wins) and in the author, outlet and tag fields, all words are required, concepts of the thesaurus
/// widen a word or phrase to its names in other languages, and where the thesaurus knows nothing the dictionaries'
/// translations do (structured query translation: a word and its translations score as one concept, the best of them
/// counts). Chinese and Japanese runs are split at the dictionaries' headwords. A word the index has never seen is also
/// searched as its nearest indexed spelling.</summary>
public sealed class LuceneQueryBuilder(ArchiveAnalyzers analyzers, ThesaurusExpander thesaurus, CrossLanguageLexicon? lexicon = null)
{
    /// <summary>A word in the title counts as much as in the body. At 2.5, look-alikes whose titles carry the query's
    /// words in another sense ("Potato chip exports to China", « Contrôle fiscal : comment exporter… ») ranked above the
    /// texts about the concept: without the boost every tuned collection gained (docs/search.md).</summary>
    public const float TitleBoost = 1f;

    public const float SimilarTitleBoost = 2.5f;
    public const float FoldBoost = 0.8f;
    public const int ConceptPhraseSlop = 3;

    /// <summary>A translation counts as the word typed times the dictionaries' trust in it (domain lexicon 1, general
    /// dictionaries less): a document in another language is not ranked down for being in another language.</summary>
    public const float TranslationBoost = 1f;

    /// <summary>A word typed as the name of an author, outlet or tag finds the documents so labelled.</summary>
    public const float AuthorBoost = 2f;
    public const float PublicationBoost = 1.5f;
    public const float TagBoost = 1f;

    /// <summary>Bonus for a multi-word query whose words (as typed) stand close together: the whole concept, not a
    /// distractor that uses its words apart in another sense.</summary>
    public const int ProximitySlop = 6;

    /// <summary>Queries of up to this many concepts require them all; longer ones a share of them.</summary>
    public const int StrictConcepts = 2;
    public const double ConceptShare = 0.6;
    public const float ProximityBoost = 0.5f;

    private static readonly string s_foldField = IndexFields.BodyPrefix + IndexFields.Fold;

    private static readonly (string Field, float Boost)[] s_metadataFields =
        [(IndexFields.AuthorText, AuthorBoost), (IndexFields.PublicationText, PublicationBoost), (IndexFields.TagText, TagBoost)];

    /// <summary>A concept's other names and translations are looked for among the tags too (not among authors and
    /// outlets): an editor who tagged a text « contrôles à l'exportation » said it is about export controls even where
    /// its text says « restrictions » or « sanctions ».</summary>
    private static readonly (string Field, float Boost)[] s_tagField = [(IndexFields.TagText, TagBoost)];

    private TypedCjkWords? CjkWords { get; } = lexicon is null ? null : new(lexicon, thesaurus);

    public SearchQuery Build(ParsedQuery parsed, QueryOptions options, IndexReader? reader)
    {
        var context = new BuildContext(options, reader, keepStopWords: false);
        if (options.CorrectTypos && reader is not null) parsed = JoinSplitWords(parsed, reader, context.Corrections);
        var built = Build(parsed, context);
        // A query of stop words only ("the", "le") is searched as typed rather than as "everything".
        if (built is null && parsed.HasText) built = Build(parsed, context = new BuildContext(options, reader, keepStopWords: true));
        // Words that analyse to nothing at all (punctuation) match nothing, never everything.
        var root = built ?? NoMatch();

        var didYouMean = context.Corrections.Count == 0 ? null : DidYouMean(parsed, context.Corrections);
        return new SearchQuery(root, parsed.HasText, context.Expansions, context.Corrections, didYouMean, parsed.Messages)
        {
            Concepts = context.Concepts,
            Sounds = context.Sounds,
        };
    }

    /// <summary>The query, or null when no clause asks for something (only exclusions and filters, or nothing usable).</summary>
    private BooleanQuery? Build(ParsedQuery parsed, BuildContext context)
    {
        var options = context.Options;
        var root = new BooleanQuery(true);
        var positives = 0;
        var concepts = new List<Query>();
        if (options.ExpandThesaurus && lexicon is not null) parsed = SegmentCjk(parsed, root);
        var clauses = parsed.Clauses;
        context.HomeAllowed = clauses.Count(c => !c.Excluded && c.Node is not FilterNode and not DateNode) > 1;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            context.Position = i;
            context.Home = null;
            if (clause.Excluded)
            {
                var excluded = NodeQuery(clause.Node, context, expand: false);
                if (excluded is not null) root.Add(excluded, Occur.MUST_NOT);
                continue;
            }
            if (options.ExpandThesaurus && TryConceptRun(clauses, i, context, out var conceptQuery, out var consumed))
            {
                concepts.Add(WithHomeLanguage(conceptQuery, string.Join(' ', clauses.Skip(i).Take(consumed).Select(c => ((WordNode)c.Node).Text)), context));
                positives++;
                i += consumed - 1;
                continue;
            }
            if (options.ExpandThesaurus && TrySoundPair(clauses, i, context) is { } pair)
            {
                concepts.Add(pair);
                positives++;
                i++;
                continue;
            }
            var query = NodeQuery(clause.Node, context, options.ExpandThesaurus);
            if (query is null) continue;
            // Typed words are concepts; quoted phrases, OR groups and filters stay strictly required.
            if (clause.Node is WordNode word) concepts.Add(WithHomeLanguage(query, word.Text, context));
            else root.Add(query, Occur.MUST);
            positives++;
        }
        if (positives > 0)
        {
            context.Concepts = concepts.Count;
            AddConcepts(root, concepts, options.RelaxedTo);
            // The typed words' proximity can only reward texts in the query's language, so once the thesaurus or the
            // dictionaries have carried the query into other languages it favours look-alikes that use the typed
            // words over texts that say the concept in another language.
            if (context.Expansions.Count == 0) AddProximity(root, clauses);
            return root;
        }
        if (parsed.HasText) return null;
        // Filters and exclusions alone: everything they let through.
        root.Add(new MatchAllDocsQuery(), Occur.MUST);
        return root;
    }

    /// <summary>A concept that is China or Japan, in a query of several words, also met by a text in its language
    /// (<see cref="HomeLanguage"/>), and "also searched" says so.</summary>
    private static Query WithHomeLanguage(Query concept, string matched, BuildContext context)
    {
        if (context.Home is not { } language || !context.HomeAllowed) return concept;
        context.Expansions.Add(new ThesaurusExpansion(matched, HomeLanguage.ExpansionKey, HomeLanguage.ExpansionLabel, [$"lang:{language}"], ExpansionSource.Dictionary));
        return HomeLanguage.Or(concept, language);
    }

    private sealed class BuildContext(QueryOptions options, IndexReader? reader, bool keepStopWords)
    {
        /// <summary>The country the clause being built names, whose texts may meet it (<see cref="HomeLanguage"/>).</summary>
        public string? Home { get; set; }

        /// <summary>Whether the query has several words, so a country in it may be met by its language's texts.</summary>
        public bool HomeAllowed { get; set; }

        public bool KeepStopWords { get; } = keepStopWords;
        public QueryOptions Options { get; } = options;
        public IndexReader? Reader { get; } = reader;
        public List<ThesaurusExpansion> Expansions { get; } = [];
        public List<Correction> Corrections { get; } = [];

        /// <summary>Each sound key searched, and the word typed that gave it.</summary>
        public Dictionary<string, string> Sounds { get; } = new(StringComparer.Ordinal);

        public int Concepts { get; set; }

        /// <summary>Index of the clause being built: a capital on the first word only starts the sentence.</summary>
        public int Position { get; set; }
    }

    /// <summary>Longest run of plain words starting at <paramref name="start"/> that names a concept ("export controls").</summary>
    private bool TryConceptRun(IReadOnlyList<QueryClause> clauses, int start, BuildContext context, out Query query, out int consumed)
    {
        query = null!;
        consumed = 0;
        var words = new List<string>();
        for (var k = start; k < clauses.Count && words.Count < ThesaurusExpander.MaxTermWords; k++)
        {
            if (clauses[k] is not { Excluded: false, Node: WordNode { Prefix: false } word }) break;
            words.Add(word.Text);
        }
        for (var n = words.Count; n >= 2; n--)
        {
            var text = string.Join(' ', words.Take(n));
            var concept = thesaurus.Find(text);
            // The editors' concepts win over the dictionaries; a longer dictionary phrase still wins over a shorter concept.
            var translations = concept is null ? Translations(text, start, context) : [];
            if (concept is null && translations.Count == 0) continue;
            var original = new BooleanQuery();
            foreach (var w in words.Take(n))
            {
                var wq = WordQuery(w, context);
                if (wq is not null) original.Add(wq, Occur.MUST);
            }
            query = concept is null ? TranslatedQuery(text, translations, original, context) : ConceptQuery(text, concept, original, context);
            if (concept is null && query is DisjunctionMaxQuery best && WordByWord(words.Take(n).ToList(), start, context) is { } parts) best.Add(parts);
            consumed = n;
            return true;
        }
        return false;
    }

    /// <summary>Two names typed side by side ("Tilly Norwood") that Japanese texts write as one katakana name joined by a
    /// middle dot (ティリー・ノーウッド): one concept, both words or the pair's sound. Each name alone has too few consonants
    /// for a sound key of its own. Only where some text holds the pair's key; null otherwise.</summary>
    private Query? TrySoundPair(IReadOnlyList<QueryClause> clauses, int start, BuildContext context)
    {
        if (context.Reader is null || start + 1 >= clauses.Count
            || clauses[start] is not { Excluded: false, Node: WordNode { Prefix: false } first } || !IsLatinName(first.Text)
            || clauses[start + 1] is not { Excluded: false, Node: WordNode { Prefix: false } second } || !IsLatinName(second.Text)) return null;
        var keys = SoundKey.OfLatin(first.Text + second.Text)
            .Where(k => context.Reader.DocFreq(new Term(IndexFields.SoundOfKatakana, k)) > 0).ToList();
        if (keys.Count == 0) return null;
        var both = new BooleanQuery();
        var position = context.Position;
        foreach (var (word, offset) in new[] { (first, 0), (second, 1) })
        {
            context.Position = position + offset;
            if (NodeQuery(word, context, expand: true) is { } q) both.Add(q, Occur.MUST);
        }
        context.Position = position;
        var best = new DisjunctionMaxQuery(0.1f);
        if (both.Clauses.Count > 0) best.Add(both);
        foreach (var key in keys)
        {
            best.Add(new TermQuery(new Term(IndexFields.SoundOfKatakana, key)) { Boost = SoundBoost });
            context.Sounds.TryAdd(key, $"{first.Text} {second.Text}");
        }
        return best;
    }

    private static bool IsLatinName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.All(SoundKey.IsLatinLetter);

    /// <summary>The dictionaries' translations of typed text. Words typed with a capital (not merely starting the
    /// query) or with digits are names and model numbers: they pass through, unless the domain lexicon names them or
    /// they are a process node (<see cref="ProcessNode"/>: "7 nm").</summary>
    private IReadOnlyList<LexiconTranslation> Translations(string text, int position, BuildContext context)
    {
        if (lexicon is null || !context.Options.ExpandThesaurus) return [];
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "de", "of", "et": a stop word at either end is no term, and alone it must not become a required translation.
        if (words.Length == 0 || IsStopWord(words[0]) || IsStopWord(words[^1])) return [];
        if (ProcessNode.Forms(text) is { } node) return node;
        var named = words.Select((w, i) => IsName(w, position == 0 && i == 0)).Any(b => b);
        var capitalised = words.Any(w => char.IsUpper(w[0]));
        return lexicon.Translate(string.Join(' ', words.Select(WithoutPossessive)), domainOnly: named, capitalised: capitalised);
    }

    /// <summary>"children's", "People's": dictionaries list the word, not its English possessive.</summary>
    private static string WithoutPossessive(string word) =>
        word.Length > 3 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) ? word[..^2] : word;

    /// <summary>A dictionary phrase ("prohibited practices") also counts, at half weight, as its words' own translations,
    /// any of them (coordinated; the typed words are already the phrase's first disjunct): a text that says the concept
    /// in other words ("interdit") is not lost because the dictionaries happen to know the phrase.</summary>
    private Query? WordByWord(List<string> words, int start, BuildContext context)
    {
        var parts = new BooleanQuery(disableCoord: false) { Boost = PhraseWordsWeight };
        for (var k = 0; k < words.Count; k++)
        {
            if (IsStopWord(words[k])) continue;
            var best = new DisjunctionMaxQuery(0.1f);
            // Only trusted translations here: this layer is a fallback, and weak ones (through a pivot) only add noise.
            foreach (var t in Translations(words[k], start + k, context).Where(t => t.Weight >= WordByWordMinWeight))
            {
                var q = TextQuery(t.Text, ConceptPhraseSlop, FieldsForTerm(t.Language));
                if (q is null) continue;
                q.Boost *= t.Weight;
                best.Add(q);
            }
            if (best.Disjuncts.Count > 0) parts.Add(best, Occur.SHOULD);
        }
        return parts.Clauses.Count == 0 ? null : parts;
    }

    public const float PhraseWordsWeight = 0.5f;
    public const float WordByWordMinWeight = 0.45f;

    private static bool IsName(string word, bool startsQuery)
    {
        if (word.Any(char.IsDigit)) return true;
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        var allCaps = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return allCaps ? word.Length > 1 : !startsQuery;
    }

    /// <summary>A word or phrase and its translations as one concept: the best-scoring form counts, so a word the
    /// dictionaries give ten translations weighs no more than a word with one.</summary>
    private Query TranslatedQuery(string matched, IReadOnlyList<LexiconTranslation> translations, Query? original, BuildContext context)
    {
        var best = new DisjunctionMaxQuery(0.1f);
        if (original is not null) best.Add(original);
        var shown = new List<string>();
        foreach (var t in translations)
        {
            var q = TextQuery(t.Text, ConceptPhraseSlop, FieldsForTerm(t.Language), s_tagField);
            if (q is null) continue;
            q.Boost *= TranslationBoost * t.Weight;
            best.Add(q);
            if (!shown.Contains(t.Text, StringComparer.OrdinalIgnoreCase)) shown.Add(t.Text);
        }
        if (shown.Count > 0) context.Expansions.Add(new ThesaurusExpansion(matched, ThesaurusExpansion.DictionaryKey, "dictionaries", shown, ExpansionSource.Dictionary));
        if (HomeLanguage.Of([matched, .. translations.Select(t => t.Text)]) is { } home) context.Home = home;
        return best;
    }

    /// <summary>Chinese and Japanese typed without spaces, split at the dictionaries' headwords (longest first) so each
    /// word is a concept of its own and can be translated; the run as typed stays a bonus. A run the thesaurus or the
    /// dictionaries name as a whole (人工智能安全研究所) is left whole, and single characters no headword covers (particles) are not required.</summary>
    private ParsedQuery SegmentCjk(ParsedQuery parsed, BooleanQuery root)
    {
        var clauses = new List<QueryClause>();
        var changed = false;
        foreach (var clause in parsed.Clauses)
        {
            if (clause is not { Excluded: false, Node: WordNode { Prefix: false } word } || CjkWords!.Headwords(word.Text) is not { } pieces)
            {
                clauses.Add(clause);
                continue;
            }
            clauses.AddRange(pieces.Select(p => new QueryClause(new WordNode(p), false)));
            var whole = TextQuery(word.Text, slop: 0);
            if (whole is not null) root.Add(whole, Occur.SHOULD);
            changed = true;
        }
        return changed ? parsed with { Clauses = clauses } : parsed;
    }

    /// <summary>A run of Chinese or Japanese inside a field (title:芯片出口), split at the dictionaries' headwords as a
    /// run typed alone is (<see cref="SegmentCjk"/>) and built as a glued word is: each word required and translated,
    /// the run as typed a bonus. Null when the run stays as typed.</summary>
    private BooleanQuery? CjkRunQuery(QueryNode node, BuildContext context) =>
        node is WordNode { Prefix: false } word && CjkWords?.Headwords(word.Text) is { } pieces ? GluedQuery(pieces, word.Text, context) : null;

    /// <summary>A glued word stays one concept, as typed: each of its words (translated) required, the whole a bonus.
    /// Particles (kana only, or one character) are no concept: they count where they match, but are not required.</summary>
    private BooleanQuery? GluedQuery(IReadOnlyList<string> pieces, string typed, BuildContext context)
    {
        var all = new BooleanQuery();
        var position = context.Position;
        var corrections = context.Corrections.Count;
        for (var k = 0; k < pieces.Count; k++)
        {
            // Only the first piece of the query's first word starts the sentence (a capital there is no name).
            context.Position = k == 0 ? position : position + 1;
            if (NodeQuery(new WordNode(pieces[k]), context, expand: true) is { } q) all.Add(q, TypedCjkWords.IsParticle(pieces[k]) ? Occur.SHOULD : Occur.MUST);
        }
        context.Position = position;
        if (context.Corrections.Count > corrections) WholeWordCorrection(pieces, typed, context.Corrections, corrections);
        if (!all.Clauses.Any(c => c.Occur == Occur.MUST)) return null;
        if (TextQuery(typed, slop: 0) is { } whole) all.Add(whole, Occur.SHOULD);
        return all;
    }

    /// <summary>A piece of a glued word corrected (RAIS in RAIS法) is offered as the whole word corrected (raise法): "did
    /// you mean" rewrites words as typed, and the piece alone is no word of the query.</summary>
    private static void WholeWordCorrection(IReadOnlyList<string> pieces, string typed, List<Correction> corrections, int from)
    {
        var fixes = corrections.Skip(from).ToList();
        corrections.RemoveRange(from, fixes.Count);
        var whole = string.Concat(pieces.Select(p => fixes.FirstOrDefault(f => f.Original == p)?.Suggestion ?? p));
        corrections.Add(new Correction(typed, whole, Applied: fixes.Exists(f => f.Applied)));
    }

    /// <summary>Up to <see cref="StrictConcepts"/> concepts are all required. Longer queries are coordinated: most of
    /// their concepts must be present (<see cref="ConceptShare"/>), and a document scores in proportion to how many it
    /// holds, so one word that neither the text nor the dictionaries share with a relevant document does not lose it.</summary>
    private static void AddConcepts(BooleanQuery root, List<Query> concepts, int relaxedTo)
    {
        if (relaxedTo > 0 && concepts.Count > 1)
        {
            var any = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = Math.Min(relaxedTo, concepts.Count) };
            foreach (var c in concepts) any.Add(c, Occur.SHOULD);
            root.Add(any, Occur.MUST);
            return;
        }
        if (concepts.Count <= StrictConcepts)
        {
            foreach (var c in concepts) root.Add(c, Occur.MUST);
            return;
        }
        var coordinated = new BooleanQuery(disableCoord: false)
        {
            MinimumNumberShouldMatch = Math.Max(StrictConcepts, (int)Math.Ceiling(concepts.Count * ConceptShare)),
        };
        foreach (var c in concepts) coordinated.Add(c, Occur.SHOULD);
        root.Add(coordinated, Occur.MUST);
    }

    /// <summary>Several plain words typed together score higher where they stand close together.</summary>
    private void AddProximity(BooleanQuery root, IReadOnlyList<QueryClause> clauses)
    {
        var words = clauses.Where(c => c is { Excluded: false, Node: WordNode { Prefix: false } }).Select(c => ((WordNode)c.Node).Text).ToList();
        if (words.Count < 2 || words.Count != clauses.Count(c => !c.Excluded && c.Node is not FilterNode and not DateNode)) return;
        var tokens = analyzers.Analyze(s_foldField, string.Join(' ', words));
        if (tokens.Count < 2) return;
        var near = new PhraseQuery { Slop = ProximitySlop, Boost = ProximityBoost };
        foreach (var t in tokens) near.Add(new Term(s_foldField, t.Term), t.Position);
        root.Add(near, Occur.SHOULD);
    }

    private Query? NodeQuery(QueryNode node, BuildContext context, bool expand)
    {
        switch (node)
        {
            case WordNode { Prefix: true } word:
                return PrefixQuery(word.Text);
            case WordNode word:
                {
                    if (expand && CjkWords?.Unglued(word.Text) is { } pieces && GluedQuery(pieces, word.Text, context) is { } glued)
                        return glued;
                    var concept = expand ? thesaurus.Find(word.Text) : null;
                    if (concept is null && expand)
                    {
                        var translations = Translations(word.Text, context.Position, context);
                        if (translations.Count > 0)
                        {
                            var translated = TranslatedQuery(word.Text, translations, WordQuery(word.Text, context), context);
                            AddSound(translated, word.Text, context);
                            // A Chinese or Japanese headword (政府采购) also counts as its inner words, like a phrase.
                            if (word.Text.Length > 2 && word.Text.All(LexiconKey.IsCjk) && translated is DisjunctionMaxQuery best
                                && CjkWords!.HeadwordsInside(word.Text) is { Count: > 1 } inner
                                && WordByWord(inner, context.Position, context) is { } parts) best.Add(parts);
                            return translated;
                        }
                    }
                    var corrections = context.Corrections.Count;
                    var query = WordQuery(word.Text, context, correct: concept is null);
                    // A corrected word expands like the word it was corrected to: "Deepsek" also finds 深度求索, "settlment"
                    // also « règlement ».
                    if (expand && concept is null && context.Corrections.Count > corrections && context.Corrections[^1] is { Applied: true } fixedWord)
                    {
                        if (thesaurus.Find(fixedWord.Suggestion) is { } corrected) return ConceptQuery(fixedWord.Suggestion, corrected, query, context);
                        var translations = Translations(fixedWord.Suggestion, context.Position, context);
                        return translations.Count > 0 ? TranslatedQuery(fixedWord.Suggestion, translations, query, context) : query;
                    }
                    if (concept is not null) return ConceptQuery(word.Text, concept, query, context);
                    if (expand) AddSound(query, word.Text, context);
                    return query;
                }
            case PhraseNode phrase:
                {
                    var concept = expand ? thesaurus.Find(phrase.Text) : null;
                    var query = TextQuery(phrase.Text, slop: 0, labelFields: s_metadataFields);
                    if (concept is null && expand && query is not null)
                    {
                        var translations = Translations(phrase.Text, context.Position, context);
                        if (translations.Count > 0) return TranslatedQuery(phrase.Text, translations, query, context);
                    }
                    return concept is null ? query : ConceptQuery(phrase.Text, concept, query, context);
                }
            case OrNode or:
                {
                    var any = new BooleanQuery();
                    foreach (var alternative in or.Alternatives)
                    {
                        var q = NodeQuery(alternative, context, expand);
                        if (q is not null) any.Add(q, Occur.SHOULD);
                    }
                    return any.Clauses.Count == 0 ? null : any;
                }
            case TitleNode title:
                {
                    var words = (expand ? CjkRunQuery(title.Words, context) : null) ?? NodeQuery(title.Words, context, expand);
                    return words is null ? null : TitleOnly.Keep(words) ?? NoMatch();
                }
            case FilterNode filter:
                return Filter(FilterQuery(filter, context.Reader));
            case DateNode date:
                return Filter(date.After
                    ? NumericRangeQuery.NewInt32Range(IndexFields.DateEnd, date.Bound.FirstDay, null, true, true)
                    : NumericRangeQuery.NewInt32Range(IndexFields.DateStart, 1, date.Bound.FirstDay, true, false));
            default:
                return null;
        }
    }

    /// <summary>A name matched only by how it sounds in the other script counts half a translation: the key is lossy
    /// (Honda and Hyundai share one). Measured at 0.3, 0.5 and 0.8 on collections 1 to 7: the same queries gained.</summary>
    public const float SoundBoost = 0.5f;

    private static void AddSound(Query? query, string word, BuildContext context)
    {
        if (query is not DisjunctionMaxQuery forms) return;
        var katakana = word.Any(SoundKey.IsKatakana);
        var keys = katakana ? SoundKey.KatakanaKeys(word).Distinct(StringComparer.Ordinal).ToList() : SoundKey.OfLatin(word);
        var field = katakana ? IndexFields.SoundOfLatin : IndexFields.SoundOfKatakana;
        foreach (var key in keys)
        {
            forms.Add(new TermQuery(new Term(field, key)) { Boost = SoundBoost });
            context.Sounds.TryAdd(key, word);
        }
    }

    private Query ConceptQuery(string matched, ThesaurusConcept concept, Query? original, BuildContext context)
    {
        var any = new BooleanQuery();
        if (original is not null) any.Add(original, Occur.SHOULD);
        // A tag that names the concept is an editor's word that the text is about it: it adds to what the text says
        // (one clause, any of the names), rather than being one more form of which only the best counts.
        var tagged = new DisjunctionMaxQuery(0f);
        foreach (var term in concept.Terms)
        {
            if (TextQuery(term.Text, 0, [], s_tagField) is { } tag) tagged.Add(tag);
            var q = TextQuery(term.Text, ConceptPhraseSlop, FieldsForTerm(term.Language));
            if (q is null) continue;
            // Other names of the concept count a little less than the words the researcher typed. Names that stem
            // alike (contrôle à l'exportation, contrôles des exportations) are not collapsed into one: doing so took
            // a French text that says the concept many times out of the top five for "export controls".
            q.Boost *= 0.8f;
            any.Add(q, Occur.SHOULD);
        }
        if (tagged.Disjuncts.Count > 0) any.Add(tagged, Occur.SHOULD);
        if (HomeLanguage.Of(concept.Terms.Select(t => t.Text)) is { } home) context.Home = home;
        context.Expansions.Add(thesaurus.Describe(matched, concept));
        return any;
    }

    /// <summary>Any name of <paramref name="concept"/>, in any language (for "more like this" across languages). Here a
    /// title naming the concept still weighs <see cref="SimilarTitleBoost"/>: it says what a short text in another
    /// language is about, where a long text only mentions it among others.</summary>
    public Query? AnyTermOf(ThesaurusConcept concept)
    {
        var any = new BooleanQuery();
        foreach (var term in concept.Terms)
        {
            var q = TextQuery(term.Text, ConceptPhraseSlop, FieldsForTerm(term.Language), titleBoost: SimilarTitleBoost);
            if (q is not null) any.Add(q, Occur.SHOULD);
        }
        return any.Clauses.Count == 0 ? null : any;
    }

    /// <summary>A typed word: null for a stop word, which would otherwise be required and exclude documents in other languages.</summary>
    private Query? WordQuery(string word, BuildContext context, bool correct = true)
    {
        if (!context.KeepStopWords && IsStopWord(word)) return null;
        var query = TextQuery(word, slop: 0, labelFields: s_metadataFields);
        if (query is null || !correct || !context.Options.CorrectTypos || context.Reader is null) return query;

        var folded = analyzers.Analyze(s_foldField, word);
        if (folded.Count != 1) return query;
        var term = folded[0].Term;
        var docFreq = TypoCorrector.DocFreq(context.Reader, term);
        if (docFreq > 2) return query;
        var best = TypoCorrector.Suggest(context.Reader, term, max: 2);
        if (best.Count == 0) return query;
        if (docFreq == 0)
        {
            // Nothing matches the word as typed: search its nearest spellings too, and say so.
            var widened = new BooleanQuery();
            widened.Add(query, Occur.SHOULD);
            foreach (var suggestion in best.Where(s => s.Distance == best[0].Distance))
            {
                var alt = TextQuery(suggestion.Term, slop: 0);
                if (alt is not null) widened.Add(alt, Occur.SHOULD);
            }
            context.Corrections.Add(new Correction(word, best[0].Term, Applied: true));
            return widened;
        }
        if (best[0].DocFreq >= Math.Max(3, docFreq * 5)) context.Corrections.Add(new Correction(word, best[0].Term, Applied: false));
        return query;
    }

    /// <summary>"deep seek" where the index knows only "deepseek": two words the index has never seen together, whose
    /// concatenation it has seen, are searched as one word (and offered as the correction).</summary>
    private ParsedQuery JoinSplitWords(ParsedQuery parsed, IndexReader reader, List<Correction> corrections)
    {
        var clauses = parsed.Clauses.ToList();
        var changed = false;
        for (var i = 0; i + 1 < clauses.Count; i++)
        {
            if (clauses[i] is not { Excluded: false, Node: WordNode { Prefix: false } first }
                || clauses[i + 1] is not { Excluded: false, Node: WordNode { Prefix: false } second }) continue;
            var a = analyzers.Analyze(s_foldField, first.Text);
            var b = analyzers.Analyze(s_foldField, second.Text);
            if (a.Count != 1 || b.Count != 1) continue;
            var joined = a[0].Term + b[0].Term;
            if (!joined.All(char.IsAsciiLetterOrDigit)) continue;
            var alone = Math.Min(TypoCorrector.DocFreq(reader, a[0].Term), TypoCorrector.DocFreq(reader, b[0].Term));
            if (alone > 0 || TypoCorrector.DocFreq(reader, joined) == 0) continue;
            clauses[i] = new QueryClause(new WordNode(first.Text + second.Text), false);
            clauses.RemoveAt(i + 1);
            corrections.Add(new Correction($"{first.Text} {second.Text}", joined, Applied: true));
            changed = true;
        }
        return changed ? parsed with { Clauses = clauses } : parsed;
    }

    // Chinese and Japanese text is indexed as overlapping bigrams: a term written in them is its bigrams side by side,
    // never apart (an exact phrase, which also scores far cheaper than a sloppy one).
    private static bool IsAllCjk(string text) => text.All(c => !char.IsLetterOrDigit(c) || Lexicon.LexiconKey.IsCjk(c));

    /// <summary>A stop word in French or English is no concept of its own, except an acronym typed in capitals: "AI" is
    /// not French « ai », "US" not English "us".</summary>
    private bool IsStopWord(string word) =>
        !IsAcronym(word)
        && (analyzers.Analyze(IndexFields.BodyPrefix + IndexFields.Fr, word).Count == 0
            || analyzers.Analyze(IndexFields.BodyPrefix + IndexFields.En, word).Count == 0);

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);

    /// <summary>Text analysed for every body and title field, best field wins: one token is a term, several a phrase.</summary>
    private DisjunctionMaxQuery? TextQuery(string text, int slop, IEnumerable<string>? fields = null, (string Field, float Boost)[]? labelFields = null,
        float titleBoost = TitleBoost)
    {
        var dismax = new DisjunctionMaxQuery(0.1f);
        if (labelFields is not null)
        {
            // Who, where and about what: "Krishnan" or "Interconnects" typed as plain words find the byline's author and the
            // outlet; a concept's names find its tags.
            // All the words, not a phrase: the tag field also holds slugs, indexed without positions.
            foreach (var (field, boost) in labelFields)
            {
                var tokens = analyzers.Analyze(field, text);
                if (tokens.Count == 0) continue;
                if (tokens.Count == 1)
                {
                    dismax.Add(new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost });
                    continue;
                }
                var all = new BooleanQuery { Boost = boost };
                foreach (var t in tokens) all.Add(new TermQuery(new Term(field, t.Term)), Occur.MUST);
                dismax.Add(all);
            }
        }
        // Whether the text's words may move is decided once for all its fields (its words, not each field's tokens).
        bool? longName = null;
        foreach (var field in fields ?? IndexFields.TextFields)
        {
            var tokens = WithoutStopWords(field, analyzers.Analyze(field, text));
            if (tokens.Count == 0) continue;
            Query q;
            if (tokens.Count == 1) q = new TermQuery(new Term(field, tokens[0].Term));
            else
            {
                longName ??= IsLongName(text, slop);
                var span = tokens[^1].Position - tokens[0].Position;
                var phrase = new PhraseQuery { Slop = IsAllCjk(text) ? 0 : longName.Value ? Math.Max(slop, span) : slop };
                foreach (var t in tokens) phrase.Add(new Term(field, t.Term), t.Position);
                q = phrase;
            }
            q.Boost = FieldBoost(field, titleBoost);
            dismax.Add(q);
        }
        return dismax.Disjuncts.Count == 0 ? null : dismax;
    }

    /// <summary>The folding field keeps stop words (it serves names and words typed as written), but in a phrase they
    /// only make it slower: « contrôles à l'exportation » read the positions of « a » in nearly every text. Dropped
    /// there as the French and English fields drop them, their places kept, unless fewer than two words would remain.</summary>
    private static IReadOnlyList<AnalyzedToken> WithoutStopWords(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        if (tokens.Count < 3 || !field.EndsWith(IndexFields.Fold, StringComparison.Ordinal)) return tokens;
        var kept = tokens.Where(t => !StopWords.Contains(t.Term)).ToList();
        return kept.Count >= 2 && kept.Count < tokens.Count ? kept : tokens;
    }

    /// <summary>A concept's name or a translation of four words or more is often said in another order (« lignes
    /// directrices pour les entreprises de l'IA » for « lignes directrices sur l'IA pour les entreprises »): its words may
    /// move by up to the phrase's own length. Never a phrase matched exactly (slop 0), nor text with Chinese or Japanese
    /// in it, whose bigrams must stay side by side.</summary>
    private bool IsLongName(string text, int slop) =>
        slop > 0 && !text.Any(Lexicon.LexiconKey.IsCjk) && Lexicon.LexiconKey.Words(text).Count(w => !IsStopWord(w)) >= LongNameWords;

    public const int LongNameWords = 4;

    /// <summary>Fields where a thesaurus term in <paramref name="language"/> can match: its language's field and the
    /// folding field (which holds every text, and every CJK run as bigrams). Searching the other languages' fields too
    /// would find nothing more and triple the clauses of an expanded query.</summary>
    private static IEnumerable<string> FieldsForTerm(string language)
    {
        var suffixes = IndexFields.PrimaryLanguage(language) switch
        {
            "fr" => [IndexFields.Fr, IndexFields.Fold],
            "en" => [IndexFields.En, IndexFields.Fold],
            _ => new[] { IndexFields.Fold },
        };
        return suffixes.SelectMany(s => new[] { IndexFields.BodyPrefix + s, IndexFields.TitlePrefix + s });
    }

    private DisjunctionMaxQuery? PrefixQuery(string text)
    {
        var tokens = analyzers.Analyze(s_foldField, text);
        if (tokens.Count == 0) return null;
        var prefix = tokens[^1].Term;
        var dismax = new DisjunctionMaxQuery(0.1f);
        foreach (var field in new[] { IndexFields.BodyPrefix + IndexFields.Fold, IndexFields.TitlePrefix + IndexFields.Fold })
            dismax.Add(new PrefixQuery(new Term(field, prefix)) { Boost = FieldBoost(field) });
        return dismax;
    }

    private Query? FilterQuery(FilterNode filter, IndexReader? reader)
    {
        switch (filter.Kind)
        {
            case FilterKind.Language:
                return new TermQuery(new Term(IndexFields.Language, filter.Value));
            case FilterKind.Tag:
                {
                    var any = new BooleanQuery();
                    var slug = new Term(IndexFields.TagSlug, Slugs.From(filter.Value));
                    any.Add(new TermQuery(slug), Occur.SHOULD);
                    // No tag has this name, slug or label: the thesaurus may know it in another language
                    // (tag:"export controls" finds the tag "contrôles à l'exportation" before an editor labels it).
                    if (reader is not null && reader.DocFreq(slug) == 0 && thesaurus.Find(filter.Value) is { } concept)
                    {
                        foreach (var termSlug in concept.Terms.Select(t => Slugs.From(t.Text)).Distinct(StringComparer.Ordinal))
                            any.Add(new TermQuery(new Term(IndexFields.TagSlug, termSlug)), Occur.SHOULD);
                    }
                    var phrase = FieldPhrase(IndexFields.TagText, filter.Value);
                    if (phrase is not null) any.Add(phrase, Occur.SHOULD);
                    return any;
                }
            case FilterKind.Author:
                return (Query?)FieldPhrase(IndexFields.AuthorText, filter.Value) ?? NoMatch();
            default:
                return (Query?)FieldPhrase(IndexFields.PublicationText, filter.Value) ?? NoMatch();
        }
    }

    private PhraseQuery? FieldPhrase(string field, string value)
    {
        var tokens = analyzers.Analyze(field, value);
        if (tokens.Count == 0) return null;
        var phrase = new PhraseQuery();
        foreach (var t in tokens) phrase.Add(new Term(field, t.Term), t.Position);
        return phrase;
    }

    private static BooleanQuery NoMatch() => new();

    private static Query? Filter(Query? query) => query is null ? null : new ConstantScoreQuery(query) { Boost = 0f };

    private static float FieldBoost(string field, float titleBoost = TitleBoost)
    {
        var boost = field.StartsWith(IndexFields.TitlePrefix, StringComparison.Ordinal) ? titleBoost : 1f;
        if (field.EndsWith(IndexFields.Fold, StringComparison.Ordinal)) boost *= FoldBoost;
        return boost;
    }

    private static string DidYouMean(ParsedQuery parsed, IReadOnlyList<Correction> corrections)
    {
        var replacements = corrections.GroupBy(c => c.Original, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Suggestion, StringComparer.Ordinal);
        return string.Join(' ', parsed.Clauses.Select(c => (c.Excluded ? "-" : "") + QueryText.Render(c.Node, replacements)));
    }
}
