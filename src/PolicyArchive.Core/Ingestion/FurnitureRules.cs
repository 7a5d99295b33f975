using System.Text.RegularExpressions;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Recognises one line of web-page furniture and says what it is. Phrase lists cover French, English,
/// Chinese and Japanese pages; shape rules (a bare number with K/M, a line of share words, a line of symbols)
/// catch what the lists do not name. A line of article text never matches: every rule needs the whole line,
/// or a short line, to be furniture.</summary>
public static partial class FurnitureRules
{
    private static readonly HashSet<string> s_interfacePhrases = new(StringComparer.Ordinal)
    {
        "無料で聴く", "今すぐ聴く", "今すぐ再生", "ポッドキャストの詳細を見る", "このコンテンツについて", "詳細を見る", "もっと見る",
        "続きを読む", "エピソード", "フォロー", "フォローする", "シェア", "シェアする", "再生", "聴く", "ログイン", "ライブラリに追加",
        "listen for free", "listen now", "see podcast details", "show podcast details", "about this content", "about this episode",
        "show more", "see more", "read more", "play", "play episode", "follow", "subscribe", "sign in", "log in", "add to library",
        "écouter gratuitement", "écouter maintenant", "écouter", "s'abonner", "abonnez-vous", "se connecter", "suivre", "afficher plus",
        "voir plus", "lire la suite", "lire plus", "ajouter à la bibliothèque",
        "立即收听", "免费收听", "关注", "订阅", "登录", "阅读全文", "展开全文", "查看更多",
        "返回顶部", "返回首页", "打印本页", "关闭窗口", "扫一扫", "扫码关注", "点击查看", "收藏", "举报", "字号", "大 中 小",
        "ページの先頭へ", "トップへ戻る", "印刷する", "会員限定記事", "有料会員限定", "保存", "コメントする",
    };

    private static readonly HashSet<string> s_shareWords = new(StringComparer.Ordinal)
    {
        "partager", "partagez", "share", "tweet", "tweeter", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram",
        "reddit", "pinterest", "email", "e-mail", "mail", "imprimer", "print", "copier", "copy", "le", "lien", "link", "sur",
        "on", "this", "cet", "article", "分享", "シェア", "ツイート", "微信", "微博",
        "分享到", "qq", "qq空间", "豆瓣", "复制链接", "朋友圈", "ポスト", "xでポスト", "はてなブックマーク", "はてブ", "line", "lineで送る",
        "フェイスブック", "メール", "印刷", "リンクをコピー",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_shareWordLookup = s_shareWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] s_shareSeparators = [' ', '|', '·', '•', ',', '/', ':', '：', '、', '｜', '\u3000'];

    public static string? Classify(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        var key = Key(text);

        if (s_interfacePhrases.Contains(key))
        {
            return RemovalReasons.PageInterface;
        }
        if (text.Length <= 120 && (Breadcrumb().IsMatch(key) || PreviousNext().IsMatch(key)))
        {
            return RemovalReasons.PageInterface;
        }
        if (text.Length <= 60 && EditorCredit().IsMatch(key))
        {
            return RemovalReasons.EditorCredit;
        }
        if (CoverArt().IsMatch(text))
        {
            return RemovalReasons.CoverArt;
        }
        if (text.Length <= 200 && Redirect().IsMatch(key))
        {
            return RemovalReasons.RedirectNotice;
        }
        if (OriginalLink().IsMatch(key))
        {
            return RemovalReasons.OriginalLink;
        }
        if (RelatedHeading().IsMatch(key))
        {
            return RemovalReasons.RelatedArticles;
        }
        if (CommentCount().IsMatch(key))
        {
            return RemovalReasons.CommentCount;
        }
        if (ViewCounter().IsMatch(key))
        {
            return RemovalReasons.ViewCounter;
        }
        if (text.Length <= 600 && Disclaimer().IsMatch(key))
        {
            return RemovalReasons.Disclaimer;
        }
        if (text.Length <= 250 && (text.StartsWith('©') || (CopyrightWord().IsMatch(key) && CopyrightContext().IsMatch(key))))
        {
            return RemovalReasons.Copyright;
        }
        if (text.Length <= 500 && Syndication().IsMatch(key))
        {
            return RemovalReasons.Syndication;
        }
        if (IsShareLine(key))
        {
            return RemovalReasons.ShareButtons;
        }
        if (!text.Any(char.IsLetterOrDigit) && !MarkdownRule().IsMatch(text))
        {
            return RemovalReasons.Decoration;
        }
        return null;
    }

    /// <summary>The title a cover-art caption names ("『Title』のカバーアート", "Cover art for Title"), if any.</summary>
    public static string? CoverArtTitle(string line)
    {
        var m = CoverArt().Match(line.Trim());
        return m.Success ? m.Groups["t"].Value.Trim() : null;
    }

    private static bool IsShareLine(string key)
    {
        // Word by word, stopping at the first that is not a share word: most lines are long article text.
        var count = 0;
        var named = false;
        foreach (var range in key.AsSpan().SplitAny(s_shareSeparators))
        {
            var word = key.AsSpan()[range];
            if (word.IsEmpty) continue;
            if (++count > 10 || !s_shareWordLookup.Contains(word)) return false;
            named |= word is "partager" or "partagez" or "share" or "tweet" or "tweeter" or "facebook" or "linkedin" or "whatsapp" or "分享" or "分享到" or "シェア" or "xでポスト" or "はてなブックマーク";
        }
        return count >= 1 && named;
    }

    /// <summary>Lower case, one kind of apostrophe, no emoji or trailing punctuation: the form phrase lists are written in.</summary>
    internal static string Key(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        Span<char> chars = lower.Length <= 512 ? stackalloc char[lower.Length] : new char[lower.Length];
        var length = 0;
        foreach (var c in lower)
        {
            var kept = c switch { '’' => '\'', '\u00A0' => ' ', _ => c };
            if (!char.IsSurrogate(kept) && (kept < '\u0080' || char.GetUnicodeCategory(kept) != System.Globalization.UnicodeCategory.OtherSymbol))
                chars[length++] = kept;
        }
        return ((ReadOnlySpan<char>)chars[..length]).Trim().TrimEnd(".…:!,; 。：").Trim().ToString();
    }

    [GeneratedRegex(@"^(?:『(?<t>.+)』|「(?<t>.+)」|(?<t>.+?))\s*の?カバーアート$|^cover art(?: for| of)?\s+(?<t>.+)$|^(?<t>.+?)\s+cover art$|^(?:couverture|pochette|illustration de couverture)(?: de| du)?\s+(?<t>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CoverArt();

    [GeneratedRegex(@"si vous n'êtes pas redirigée?s? automatiquement|vous allez être redirigé|redirection en cours|if you are not (?:automatically )?redirected|you are being redirected|如果(?:没有|沒有)自动跳转|自動的に移動しない場合")]
    private static partial Regex Redirect();

    [GeneratedRegex(@"^(?:voir l'original|voir l'article original|lire l'article original|lire l'original|view original|view the original|read the original(?: article)?|see original|阅读原文|查看原文|原文を(?:見る|読む))$")]
    private static partial Regex OriginalLink();

    [GeneratedRegex(@"^(?:articles? connexes?|à lire aussi|lire aussi|voir aussi|sur le même sujet|dans la même rubrique|related(?: articles| posts| stories| reading)?|you (?:may|might) also like|more (?:from|on) this|相关文章|相关阅读|相關文章|相關閱讀|相关推荐|相關推薦|相关新闻|相關新聞|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门文章|热门推荐|猜你喜欢|関連記事|関連ニュース|おすすめ記事|あわせて読みたい|こちらもおすすめ|人気記事)$")]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"^(?:pas (?:encore )?de commentaires?|aucun commentaire|\d+ (?:commentaires?|comments?|réponses?|replies|reviews?|avis)|no (?:comments|reviews)(?: yet)?|be the first to (?:comment|review)|soyez le premier à commenter|leave a (?:comment|reply)|laisser un commentaire|まだレビューはありません|レビューはまだありません|まだコメントはありません|コメント\s*\d*|暂无评论|\d+\s*条评论|评论\s*\d*)$")]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"^(?:\d{1,3}(?:[ ,.\u202F]\d{1,3})*(?:[.,]\d+)?\s*[km]|(?:vues|views|lectures)\s*:?\s*[\d ,.]+\s*[km]?|[\d ,.]+\s*[km]?\s*(?:vues|views|lectures|reads|次浏览|次阅读|阅读|回再生|回視聴|閲覧))$")]
    private static partial Regex ViewCounter();

    [GeneratedRegex(@"à titre (?:de référence|informatif) uniquement|ne constitue (?:pas|en aucun cas) (?:un|une) (?:conseil|offre|sollicitation|recommandation)|aucun conseil en investissement|(?:not|no) (?:financial|investment|legal) advice|for (?:informational|reference) purposes only|does not constitute (?:an? )?(?:offer|advice|solicitation)|consultez l'avertissement|^(?:disclaimer|avertissement)\s*:|免责声明|免責事項")]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"copyright|droits d'auteur|tous droits réservés|all rights reserved|版权|版權|著作権|無断転載|無断複製|未经授权|未經授權|未经许可|未經許可|转载请注明|轉載請註明|不得转载|不得轉載")]
    private static partial Regex CopyrightWord();

    [GeneratedRegex(@"tous droits|all rights|reserved|réservés|reprodu|autorisation|permission|déclaration|statement|notice|©|\b(?:19|20)\d{2}\b|所有|禁止|無断|转载|轉載|転載")]
    private static partial Regex CopyrightContext();

    [GeneratedRegex(@"publiée? pour la première fois (?:sur|dans|par)|initialement publiée? (?:sur|dans|par)|first published (?:on|in|by|at)|originally published (?:on|in|by|at)|republiée? avec (?:l'aimable )?autorisation|republished with permission|本文首发于|本文首發於|本文转载自|本文轉載自|^(?:来源|來源|稿源|出典|出所)\s*[:：]\s*(?!https?://)\S.{0,40}$")]
    private static partial Regex Syndication();

    // "首页 > 科技 > 正文", "ホーム > ニュース > テクノロジー": where the page sits in the site.
    [GeneratedRegex(@"^(?:首页|首頁|主页|网站首页|ホーム|トップ|home|accueil)\s*[>›»＞/|｜]")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^(?:上一篇|下一篇|上一页|下一页|前の記事|次の記事|previous article|next article|article précédent|article suivant)(?:\s*[:：]|$)")]
    private static partial Regex PreviousNext();

    // "责任编辑：张伟", "（編集：佐藤花子）", "Edited by Jane Doe": who edited the page, never an author.
    [GeneratedRegex(@"^[（(\[【]?\s*(?:(?:责任编辑|責任編輯|责编|責編|编审|編審|編集担当|edited by|édité par)\s*[:：・/／]?|(?:编辑|編輯|校对|校對|审核|審核|監修|編集)\s*[:：・/／])\s*\S.{0,30}?[）)\]】]?$")]
    private static partial Regex EditorCredit();

    [GeneratedRegex(@"^(?:[-*_]{3,}|[-*+] .*|#+ .*|>.*|\|.*)$")]
    private static partial Regex MarkdownRule();
}
