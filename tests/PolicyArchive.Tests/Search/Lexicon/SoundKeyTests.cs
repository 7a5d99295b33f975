using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Tests.Search.Lexicon;

public sealed class SoundKeyTests
{
    [Theory]
    [InlineData("Nexperia", "ネクスペリア")]
    [InlineData("Honda", "ホンダ")]
    [InlineData("Hollywood", "ハリウッド")]
    [InlineData("Midjourney", "ミッドジャーニー")]
    [InlineData("Microsoft", "マイクロソフト")]
    [InlineData("Anthropic", "アンソロピック")]
    [InlineData("Trump", "トランプ")]
    [InlineData("Colorado", "コロラド")]
    [InlineData("regulation", "レギュレーション")]
    [InlineData("Romansh", "ロマンシュ")]
    [InlineData("romanche", "ロマンシュ")]
    public void A_name_and_its_katakana_spelling_share_a_key(string latin, string katakana)
    {
        var kana = SoundKey.OfKatakana(katakana);
        Assert.NotNull(kana);
        Assert.Contains(kana, SoundKey.OfLatin(latin));
    }

    [Theory]
    [InlineData("Honda", "マツダ")]
    [InlineData("Nexperia", "ネットフリックス")]
    [InlineData("Hollywood", "ホワイトハウス")]
    public void Different_names_do_not(string latin, string katakana)
    {
        // A katakana name with no key would pass whatever the Latin side gave.
        var kana = SoundKey.OfKatakana(katakana);
        Assert.NotNull(kana);
        Assert.DoesNotContain(kana, SoundKey.OfLatin(latin));
    }

    [Fact]
    public void Short_names_digits_and_other_scripts_make_no_key()
    {
        Assert.Empty(SoundKey.OfLatin("Sora"));
        Assert.Empty(SoundKey.OfLatin("Qwen3"));
        Assert.Empty(SoundKey.OfLatin("芯片"));
        Assert.Null(SoundKey.OfKatakana("メタ"));
        Assert.Null(SoundKey.OfKatakana("半導体"));
    }

    [Fact]
    public void Katakana_words_are_read_from_mixed_text_and_split_at_the_middle_dot()
    {
        var keys = SoundKey.KatakanaKeys("ドナルド・トランプ大統領はネクスペリアについて").ToList();
        // The two words joined by the dot are also one name, as Latin letters write it: Donald Trump.
        Assert.Equal([SoundKey.OfKatakana("ドナルド")!, SoundKey.OfKatakana("トランプ")!, SoundKey.OfKatakana("ドナルドトランプ")!, SoundKey.OfKatakana("ネクスペリア")!], keys);
        Assert.Contains(SoundKey.OfKatakana("ドナルドトランプ")!, SoundKey.LatinKeys("Donald Trump"));
    }

    [Fact]
    public void Katakana_words_apart_are_not_read_as_one_name()
    {
        var keys = SoundKey.KatakanaKeys("ティリー、ノーウッド").ToList();
        Assert.DoesNotContain(SoundKey.OfKatakana("ティリーノーウッド")!, keys);
        Assert.Contains(SoundKey.OfKatakana("ティリーノーウッド")!, SoundKey.KatakanaKeys("ティリー・ノーウッド"));
    }

    [Fact]
    public void Two_capitalised_words_side_by_side_are_also_read_as_one_name()
    {
        var keys = SoundKey.LatinKeys("Une plainte de Getty Images contre Stability.").ToHashSet();
        Assert.Contains(SoundKey.OfKatakana("ゲッティイメージズ")!, keys);
        Assert.DoesNotContain(SoundKey.OfKatakana("ゲッティイメージズ")!, SoundKey.LatinKeys("Getty, Images").ToHashSet());
    }
}
