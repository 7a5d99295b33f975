using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Tests.Search.CrossLanguage;

/// <summary>The lexicon as shipped (loaded from the assembly) and as read from its line format.</summary>
public sealed class LexiconTests
{
    private static CrossLanguageLexicon Shipped => CrossLanguageLexicon.Shared;

    [Fact]
    public void The_shipped_lexicon_loads_from_the_assembly_with_all_four_languages()
    {
        Assert.True(Shipped.Count > 300_000, $"{Shipped.Count} entries");
        foreach (var (text, language, expected) in new[]
        {
            ("copyright", "fr", "droit d'auteur"),
            ("走私", "en", "smuggling"),
            ("半導体", "fr", "semi-conducteur"),
            ("contrebande", "zh", "走私"),
            ("données d'entraînement", "en", "training data"),
        })
        {
            var translations = Shipped.Translate(text, perLanguage: 3);
            Assert.Contains(translations, t => t.Language == language && t.Text == expected);
        }
    }

    [Fact]
    public void Chinese_words_are_found_under_their_pinyin_and_common_headwords_come_first()
    {
        // English and French texts write 高考 as "gaokao"; a spelling several headwords share goes to the far commoner one.
        Assert.Contains(Shipped.Translate("gaokao"), t => t.Language == "zh" && t.Text == "高考");
        Assert.Contains(Shipped.Translate("hukou"), t => t.Language == "zh" && t.Text == "户口");
        // CC-CEDICT's "college entrance exam (especially as abbr. for …)": a note in parentheses does not drop the gloss.
        Assert.Contains(Shipped.Translate("高考"), t => t.Language == "en" && t.Text == "college entrance exam");
        // Where glosses tie, the headword more compounds contain: 服务 (服务器, 服务业…), not 乘务 (a train crew's work).
        Assert.Contains(Shipped.Translate("service"), t => t.Language == "zh" && t.Text == "服务");
        Assert.Contains(Shipped.Translate("judge"), t => t.Language == "zh" && t.Text == "法官");
    }

    [Fact]
    public void Country_names_translate_between_all_four_languages()
    {
        // ISO 3166-1 through iso-codes: the dictionaries alone had no French for Italy or Denmark.
        Assert.Contains(Shipped.Translate("Italy"), t => t.Language == "fr" && t.Text == "Italie");
        Assert.Contains(Shipped.Translate("丹麦"), t => t.Language == "fr" && t.Text == "Danemark");
        Assert.Contains(Shipped.Translate("イタリア"), t => t.Language == "fr" && t.Text == "Italie");
        Assert.Contains(Shipped.Translate("Pays-Bas"), t => t.Language == "zh" && t.Text == "荷兰");
        // An official name written inverted (« Russie, Fédération de ») is turned the way texts write it.
        Assert.Contains(Shipped.Translate("Fédération de Russie"), t => t.Language == "zh" && t.Text == "俄罗斯");
        Assert.Contains(Shipped.Translate("Vietnam"), t => t.Language == "ja" && t.Text == "ベトナム");
        // A note in parentheses is no name of its own: Japanese 諸島 ("islands") is not the Cocos Islands.
        Assert.DoesNotContain(Shipped.Translate("諸島"), t => t.Text.Contains("Cocos", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_adjective_is_the_country_in_chinese_and_japanese_and_the_name_still_translates()
    {
        // The dictionaries gave slang (台蛙 for "Taiwanese") or a people (印第安 for "Indian"); texts write 台湾, 印度.
        Assert.Contains(Shipped.Translate("taïwanaise"), t => t.Language == "zh" && t.Text == "台湾");
        Assert.Contains(Shipped.Translate("Indian"), t => t.Language == "zh" && t.Text == "印度");
        Assert.DoesNotContain(Shipped.Translate("Indian"), t => t.Text == "印第安");
        Assert.Contains(Shipped.Translate("italienne"), t => t.Language == "ja" && t.Text == "イタリア");
        // « française » is France here, not the French language (法语).
        Assert.Contains(Shipped.Translate("française"), t => t.Language == "zh" && t.Text == "法国");
        Assert.DoesNotContain(Shipped.Translate("française"), t => t.Text == "法语");
        // « américaine » too is the United States as Chinese and Japanese texts write it (美国, 米国), not 美国的 or 米国の.
        Assert.Contains(Shipped.Translate("américaine"), t => t.Language == "zh" && t.Text == "美国");
        Assert.Contains(Shipped.Translate("américaine"), t => t.Language == "ja" && t.Text == "米国");
        // Chinese texts name China 我国 ("our country"), Japanese texts Japan 我が国: seven of the nine Chinese texts of
        // collections 2 to 7 that say 我国 never say 中国.
        Assert.Contains(Shipped.Translate("Chine"), t => t.Language == "zh" && t.Text == "我国");
        Assert.Contains(Shipped.Translate("我国"), t => t.Language == "fr" && t.Text == "Chine");
        Assert.Contains(Shipped.Translate("Japan"), t => t.Language == "ja" && t.Text == "我が国");
        // The country's own name is still among the translations of its writing in another script.
        Assert.Contains(Shipped.Translate("加拿大"), t => t.Language == "fr" && t.Text == "Canada");
        Assert.Contains(Shipped.Translate("サウジアラビア"), t => t.Language == "fr" && t.Text == "Arabie saoudite");
    }

    [Fact]
    public void Keys_ignore_case_accents_elisions_and_plurals()
    {
        Assert.Equal(LexiconKey.Of("controle a exportation"), LexiconKey.Of("Contrôles à l’exportation"));
        Assert.Equal("policy", LexiconKey.Of("policies"));
        Assert.Equal("データセンター", LexiconKey.Of("データセンター"));
        // Kana keep their voicing marks; only Latin letters lose theirs.
        Assert.NotEqual(LexiconKey.Of("ガス"), LexiconKey.Of("カス"));
    }

    [Fact]
    public void A_french_phrase_is_found_whatever_its_article()
    {
        Assert.Equal(LexiconKey.Of("annotation des données"), LexiconKey.Of("annotation de données"));
        Assert.Equal(LexiconKey.Of("droit du travail"), LexiconKey.Of("droit de travail"));
        Assert.Equal(LexiconKey.Of("accès aux données"), LexiconKey.Of("acces a donnees"));
        // A connector left out makes another phrase ("évaluation sécurité" typed is not « évaluation de sécurité »), and
        // « de la » is kept: France's « Autorité de la concurrence » is not any « autorité de concurrence ».
        Assert.NotEqual(LexiconKey.Of("Autorité de la concurrence"), LexiconKey.Of("autorité de concurrence"));
        Assert.NotEqual(LexiconKey.Of("évaluation de sécurité"), LexiconKey.Of("évaluation sécurité"));
        // The domain lexicon writes « annotation des données »; a researcher types it with « de ».
        Assert.Contains(CrossLanguageLexicon.Shared.Translate("annotation de données"), t => t.Text == "数据标注");
    }

    [Fact]
    public void Trade_remedies_large_models_and_the_global_south_translate_in_their_policy_sense()
    {
        // "dumping" had no Chinese and no « antidumping », the word French texts on a trade inquiry use.
        Assert.Contains(CrossLanguageLexicon.Shared.Translate("dumping"), t => t.Text == "倾销");
        Assert.Contains(CrossLanguageLexicon.Shared.Translate("dumping"), t => t.Language == "fr" && t.Text == "antidumping");
        Assert.Contains(CrossLanguageLexicon.Shared.Translate("large models"), t => t.Text == "大模型");
        Assert.Contains(CrossLanguageLexicon.Shared.Translate("Global South", domainOnly: true), t => t.Text == "全球南方");
        Assert.Contains(CrossLanguageLexicon.Shared.Translate("anti-discrimination"), t => t.Text == "反歧视");
    }

    [Fact]
    public void Lines_in_any_order_are_found_and_a_repeated_key_keeps_its_last_entry()
    {
        // The shipped file is written in key order and read as it is; lines written by hand come in any order.
        var lexicon = CrossLanguageLexicon.FromLines(
        [
            "zh\t芯片\ten:chip:9",
            "en\tsmuggle\tfr:contrebande:7",
            "",
            "en\tchip\tfr:puce:6",
            "a line without its entry",
            "en\tchip\tfr:puce:9|zh:芯片:9",
            "en\tchip act\tfr:loi sur les puces:10",
        ]);
        Assert.Equal(4, lexicon.Count);
        Assert.Equal(0.9f, Assert.Single(lexicon.Translate("chip"), t => t.Language == "fr").Weight);
        Assert.Contains(lexicon.Translate("smuggle"), t => t.Text == "contrebande");
        Assert.Contains(lexicon.Translate("Chips Act"), t => t.Text == "loi sur les puces");
        // A headword is one of its own language: "chip" is English, so it does not count as a Chinese or Japanese word.
        Assert.True(lexicon.IsCjkHeadword("芯片"));
        Assert.False(lexicon.IsCjkHeadword("chip"));
        Assert.False(lexicon.Contains("chi"));
        Assert.Empty(lexicon.Translate("puce"));
    }

    [Fact]
    public void A_line_without_an_entry_between_two_does_not_run_into_either()
    {
        var gap = CrossLanguageLexicon.FromLines(["en\talpha\tfr:lune:8", "no entry here", "en\tbeta\tfr:zèbre:8"]);
        Assert.Equal(["lune"], gap.Translate("alpha").Select(t => t.Text));
        Assert.Equal(["zèbre"], gap.Translate("beta").Select(t => t.Text));
        // In order with nothing between its lines, a file is read as it is, a blank line at its end included.
        var inOrder = CrossLanguageLexicon.FromLines(["en\talpha\tfr:lune:8", "en\tbeta\tfr:zèbre:8", ""]);
        Assert.False(inOrder.ReadOutOfOrder);
        Assert.Equal(["zèbre"], inOrder.Translate("beta").Select(t => t.Text));
    }

    [Fact]
    public void The_shipped_lexicon_is_read_in_the_order_it_was_written_and_every_line_is_found()
    {
        Assert.False(Shipped.ReadOutOfOrder, "the shipped file had to be sorted on loading: the build no longer writes UTF-8 byte order");
        using var stream = typeof(CrossLanguageLexicon).Assembly.GetManifestResourceStream(CrossLanguageLexicon.ResourceName)!;
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress));
        var keys = new List<(string Language, string Key)>();
        while (reader.ReadLine() is { } line) keys.Add((line.Split('\t')[0], line.Split('\t')[1]));
        Assert.Equal(keys.Count, Shipped.Count);
        // The first and last lines, each language's first and last, and every hundredth line.
        var sample = keys.Where((_, i) => i % 100 == 0).Append(keys[^1])
            .Concat(keys.GroupBy(k => k.Language).SelectMany(g => new[] { g.First(), g.Last() }));
        Assert.All(sample, k => Assert.True(Shipped.HasKey(k.Language, k.Key), $"{k.Language} {k.Key}"));
        Assert.False(Shipped.HasKey("en", "zzzz no such key"));
        Assert.True(Shipped.IsCjkHeadword("出口管制"));
        Assert.False(Shipped.IsCjkHeadword("export"));
    }

    [Fact]
    public void Lines_are_read_and_translations_go_through_english()
    {
        var lexicon = CrossLanguageLexicon.FromLines(
        [
            "zh\t走私\ten:smuggle:8|en:smuggling:7",
            "en\tsmuggle\tfr:contrebande:7|ja:密輸:8",
            "fr\tpuce\ten:chip:10|en:flea:7|zh:芯片:10",
        ]);
        Assert.Equal(3, lexicon.Count);
        var viaEnglish = lexicon.Translate("走私");
        Assert.Contains(viaEnglish, t => t.Language == "fr" && t.Text == "contrebande" && t.Weight < 0.8f * 0.7f + 0.01f);
        Assert.Contains(viaEnglish, t => t.Language == "ja" && t.Text == "密輸");
        // A term the domain lexicon names (weight 10) keeps only the domain's sense: no "flea".
        Assert.DoesNotContain(lexicon.Translate("puces"), t => t.Text == "flea");
        Assert.Empty(lexicon.Translate("inconnu"));
    }

    [Fact]
    public void Proper_nouns_are_found_under_their_latin_names_only_when_typed_as_names()
    {
        var lexicon = CrossLanguageLexicon.FromLines(["nm\tshenzhen\tzh:深圳:9|zh:深圳市:9", "en\tdata\tzh:数据:8", "nm\tdata\tzh:达塔:8"]);
        Assert.Contains(lexicon.Translate("Shenzhen", domainOnly: true), t => t.Language == "zh" && t.Text == "深圳");
        Assert.Contains(lexicon.Translate("Shenzhen", capitalised: true), t => t.Text == "深圳");
        // Typed in lower case, or a word the dictionaries translate otherwise, it is no name.
        Assert.Empty(lexicon.Translate("shenzhen"));
        Assert.DoesNotContain(lexicon.Translate("Data", capitalised: true), t => t.Text == "达塔");
        // The shipped lexicon has them from CC-CEDICT's pinyin and glosses.
        Assert.Contains(Shipped.Translate("Hangzhou", domainOnly: true), t => t.Text == "杭州");
        Assert.Contains(Shipped.Translate("Ultraman", domainOnly: true), t => t.Text == "奥特曼");
    }

    [Fact]
    public void A_name_one_dictionary_glosses_keeps_its_own_writing_in_the_languages_it_does_not()
    {
        // CC-CEDICT glosses 本田 "Honda"; Japanese texts write the company ホンダ. The name shares 本田 with the word's own
        // entries, so it is the word's sense; its other Chinese writing is not added where Chinese has one already.
        var lexicon = CrossLanguageLexicon.FromLines(["en\thonda\tzh:本田:8", "nm\thonda\tja:ホンダ:9|zh:本田:9|zh:本田公司:8"]);
        var named = lexicon.Translate("Honda", capitalised: true);
        Assert.Contains(named, t => t.Language == "ja" && t.Text == "ホンダ");
        Assert.DoesNotContain(named, t => t.Text == "本田公司");
        Assert.DoesNotContain(lexicon.Translate("honda"), t => t.Language == "ja");
        // A word that is also some product's name, with nothing in common with the word's own translations, stays a word.
        var word = CrossLanguageLexicon.FromLines(["fr\tlapin\ten:rabbit:8|zh:兔子:7", "nm\tlapin\tja:ラパン:9"]);
        Assert.DoesNotContain(word.Translate("Lapin", capitalised: true), t => t.Language == "ja");
        // An entry too weak to be kept does not stand in the way of the name.
        var weak = CrossLanguageLexicon.FromLines(["en\tal qaida\tja:アルカイダ:3", "nm\tal qaida\tja:アルカーイダ:9"]);
        Assert.Contains(weak.Translate("Al Qaida", capitalised: true), t => t.Text == "アルカーイダ");
        // The shipped lexicon has ENAMDICT's companies and described names, both ways, and none of its acronyms.
        Assert.Contains(Shipped.Translate("Fujitsu", capitalised: true), t => t.Language == "ja" && t.Text == "富士通");
        Assert.Contains(Shipped.Translate("Yomiuri", domainOnly: true), t => t.Language == "ja" && t.Text == "読売");
        Assert.Contains(Shipped.Translate("ソフトバンク"), t => t.Language == "en" && t.Text == "SoftBank");
        Assert.DoesNotContain(Shipped.Translate("API", domainOnly: true), t => t.Text == "米国石油協会");
    }

    [Fact]
    public void The_domain_lexicon_names_each_country_s_institutions_and_laws_as_that_country_s()
    {
        // 商务部 is what Chinese texts call China's Ministry of Commerce; 個人情報保護法 is Japan's law, not China's.
        Assert.DoesNotContain(Shipped.Translate("商务部"), t => t.Text == "Commerce Department");
        Assert.Contains(Shipped.Translate("商务部"), t => t.Language == "fr" && t.Text.Contains("chinois", StringComparison.Ordinal));
        Assert.Contains(Shipped.Translate("個人情報保護法"), t => t.Text == "Act on the Protection of Personal Information");
        Assert.DoesNotContain(Shipped.Translate("個人情報保護法"), t => t.Text == "PIPL");
        Assert.DoesNotContain(Shipped.Translate("国防部"), t => t.Text == "Pentagon");
        Assert.DoesNotContain(Shipped.Translate("版权局"), t => t.Text == "US Copyright Office");
    }

    [Fact]
    public void US_states_regions_offices_and_currencies_translate_into_all_four_languages()
    {
        // The dictionaries gave Texas only in Japanese, Illinois as an abbreviation (伊州), « Californie » nothing, « Asie du
        // Sud-Est » Chinese only through a pivot (南洋 first), « procureur général » only as 検事 and "dollar" no Chinese.
        Assert.Contains(Shipped.Translate("Texas"), t => t.Language == "zh" && t.Text == "得克萨斯");
        Assert.Contains(Shipped.Translate("Californie"), t => t.Language == "en" && t.Text == "California");
        Assert.Contains(Shipped.Translate("Californie"), t => t.Language == "zh" && t.Text == "加州");
        Assert.Contains(Shipped.Translate("イリノイ"), t => t.Language == "zh" && t.Text == "伊利诺伊");
        Assert.Contains(Shipped.Translate("Asie du Sud-Est"), t => t.Language == "zh" && t.Text == "东南亚");
        Assert.Contains(Shipped.Translate("procureurs généraux"), t => t.Language == "en" && t.Text == "attorney general");
        Assert.Contains(Shipped.Translate("attorney general"), t => t.Language == "zh" && t.Text == "总检察长");
        Assert.Contains(Shipped.Translate("gouvernement fédéral"), t => t.Language == "zh" && t.Text == "联邦政府");
        Assert.Contains(Shipped.Translate("dollar"), t => t.Language == "zh" && t.Text == "美元");
        // The bare name comes first: it also matches a text that writes it with 州. Short forms that stand inside other
        // words are not given (得州 in 获得州长, ドル in アイドル).
        Assert.DoesNotContain(Shipped.Translate("Texas"), t => t.Text is "得克萨斯州" or "得州");
        Assert.DoesNotContain(Shipped.Translate("dollar"), t => t.Text == "ドル");
        // Typed with 州, a state is one word, not the name and « state » (which would be required as a concept of its own).
        Assert.Equal(["伊利诺伊州", "禁止"], Shipped.Segment("伊利诺伊州禁止"));
        Assert.Equal(["テキサス州"], Shipped.Segment("テキサス州"));
        // Not the magazine: The New Yorker is an outlet, not the state.
        Assert.DoesNotContain(Shipped.Translate("New Yorker"), t => t.Text == "纽约");
    }

    [Fact]
    public void The_field_s_people_platform_terms_and_public_staff_translate_where_the_dictionaries_gave_nothing_or_another_sense()
    {
        Assert.Contains(Shipped.Translate("Lee Jae-myung"), t => t.Language == "zh" && t.Text == "李在明");
        Assert.Contains(Shipped.Translate("anthropomorphic interaction"), t => t.Language == "zh" && t.Text == "拟人化");
        Assert.Contains(Shipped.Translate("petite amie virtuelle"), t => t.Language == "zh" && t.Text == "AI伴侣");
        Assert.Contains(Shipped.Translate("takedown"), t => t.Language == "fr" && t.Text == "demande de retrait");
        Assert.Contains(Shipped.Translate("government staff"), t => t.Language == "ja" && t.Text == "公務員");
        // Everyday words stay out of the field's lines: a withdrawal is no takedown, any staff no civil servants, 株式会社
        // holds no stake, 対中依存 no emotional dependence.
        Assert.DoesNotContain(Shipped.Translate("takedown"), t => t.Text is "retrait" or "删除" or "削除");
        Assert.DoesNotContain(Shipped.Translate("government staff"), t => t.Text == "職員");
        Assert.DoesNotContain(Shipped.Translate("equity stake"), t => t.Text is "株式" or "股份");
        Assert.DoesNotContain(Shipped.Translate("emotional dependence"), t => t.Text == "依存");
        // « fonctionnaires » had been an officer (军官, 役員) as much as a civil servant.
        Assert.DoesNotContain(Shipped.Translate("fonctionnaires"), t => t.Text is "军官" or "役員");
        Assert.Contains(Shipped.Translate("grants"), t => t.Language == "fr" && t.Text == "subvention");
    }

    [Fact]
    public void Chip_design_tools_energy_work_and_public_service_terms_translate_in_the_field_s_sense()
    {
        // The dictionaries gave "hiring" only as renting (louer, 賃借り), « délestage », "EDA", « téléconseiller » and
        // "nuclear plant" nothing, « fisc » no Chinese, "proctoring" Chinese only.
        Assert.Contains(Shipped.Translate("hiring"), t => t.Language == "fr" && t.Text == "embauche");
        Assert.DoesNotContain(Shipped.Translate("hiring"), t => t.Text is "louer" or "location");
        Assert.Contains(Shipped.Translate("EDA"), t => t.Language == "zh" && t.Text == "EDA软件");
        Assert.Contains(Shipped.Translate("CAO électronique"), t => t.Language == "en" && t.Text == "EDA");
        Assert.Contains(Shipped.Translate("délestage"), t => t.Language == "en" && t.Text == "load shedding");
        Assert.Contains(Shipped.Translate("nuclear plant"), t => t.Language == "fr" && t.Text == "centrale nucléaire");
        Assert.Contains(Shipped.Translate("téléconseillers"), t => t.Language == "ja" && t.Text == "コールセンター");
        Assert.Contains(Shipped.Translate("fisc"), t => t.Language == "zh" && t.Text == "税务局");
        Assert.Contains(Shipped.Translate("proctoring"), t => t.Language == "fr" && t.Text == "surveillance des examens");
        Assert.Contains(Shipped.Translate("licences libres"), t => t.Language == "zh" && t.Text == "开源协议");
        // "grid" was a mesh (网格, grille); a coding assistant nothing.
        Assert.Contains(Shipped.Translate("grid"), t => t.Language == "zh" && t.Text == "电网");
        Assert.DoesNotContain(Shipped.Translate("grid"), t => t.Text is "网格" or "grille");
        Assert.Contains(Shipped.Translate("coding assistant"), t => t.Language == "ja" && t.Text == "コード補完");
    }

    [Fact]
    public void Common_policy_words_translate_in_their_policy_sense()
    {
        // « police » was also "policy" (a false friend), "drone" a bee (雄蜂) and a hum (嗡嗡), "class action" no French.
        Assert.DoesNotContain(Shipped.Translate("police"), t => t.Text == "policy");
        Assert.Contains(Shipped.Translate("police"), t => t.Language == "zh" && t.Text == "警方");
        Assert.DoesNotContain(Shipped.Translate("drone"), t => t.Text is "雄蜂" or "嗡嗡");
        Assert.Contains(Shipped.Translate("drone"), t => t.Language == "zh" && t.Text == "无人机");
        Assert.Contains(Shipped.Translate("class action"), t => t.Language == "fr" && t.Text == "action de groupe");
        // "investigation" was « recherche » and « examen », an injunction a « mandat », a pension a guesthouse (民宿).
        Assert.Contains(Shipped.Translate("investigation"), t => t.Language == "fr" && t.Text == "enquête");
        Assert.DoesNotContain(Shipped.Translate("investigation"), t => t.Text is "recherche" or "examen");
        Assert.Contains(Shipped.Translate("injunction"), t => t.Language == "fr" && t.Text == "injonction");
        Assert.DoesNotContain(Shipped.Translate("pension"), t => t.Text is "民宿" or "guesthouse");
        // Field lines do not take a name or an everyday word from another line: SMIC stays the chipmaker, 公正取引委員会 and
        // « Autorité de la concurrence » stay Japan's and France's authorities, « urgence » and "damage" keep their
        // everyday sense, and an injunction is not every ban (禁令).
        Assert.DoesNotContain(Shipped.Translate("SMIC"), t => t.Text == "minimum wage");
        Assert.Contains(Shipped.Translate("公正取引委員会"), t => t.Language == "zh" && t.Text == "公正交易委员会");
        Assert.Contains(Shipped.Translate("Autorité de la concurrence"), t => t.Language == "zh" && t.Text == "法国竞争管理局");
        Assert.DoesNotContain(Shipped.Translate("urgence"), t => t.Text is "emergency room" or "急诊科");
        Assert.DoesNotContain(Shipped.Translate("damage"), t => t.Text == "dommages-intérêts");
        Assert.DoesNotContain(Shipped.Translate("injunction"), t => t.Text == "禁令");
    }

    [Fact]
    public void Work_public_buying_oversight_and_trial_terms_translate_in_the_field_s_sense()
    {
        // "layoffs" had no French or Chinese and « licenciement » Chinese only as 拔染 (a dyeing term); 招标 was only
        // "invite bids"; "pilot" only flew planes (机长, 飛行士); "testing" was a microphone check (本日は晴天なり) with no
        // French; 申报 was a "report" (it is a filing with an authority) and « certificat » Chinese securities (证券).
        Assert.Contains(Shipped.Translate("layoffs"), t => t.Language == "fr" && t.Text.StartsWith("licenci", StringComparison.Ordinal));
        Assert.Contains(Shipped.Translate("licenciements"), t => t.Language == "zh" && t.Text == "裁员");
        Assert.DoesNotContain(Shipped.Translate("licenciement"), t => t.Text == "拔染");
        Assert.Contains(Shipped.Translate("招标"), t => t.Language == "fr" && t.Text == "appel d'offres");
        Assert.Contains(Shipped.Translate("pilot"), t => t.Language == "zh" && t.Text == "试点");
        Assert.DoesNotContain(Shipped.Translate("pilot"), t => t.Text is "机师" or "飛行士");
        Assert.Contains(Shipped.Translate("testing"), t => t.Language == "fr" && t.Text == "essai");
        Assert.DoesNotContain(Shipped.Translate("testing"), t => t.Text == "本日は晴天なり");
        Assert.Contains(Shipped.Translate("申报"), t => t.Language == "en" && t.Text == "filing");
        Assert.Contains(Shipped.Translate("disclosure"), t => t.Language == "zh" && t.Text == "披露");
        Assert.DoesNotContain(Shipped.Translate("certificat"), t => t.Text == "证券");
        Assert.Contains(Shipped.Translate("exascale"), t => t.Language == "zh" && t.Text == "百亿亿次");
        Assert.Contains(Shipped.Translate("監督機関"), t => t.Language == "fr" && t.Text == "autorité de surveillance");
        // A political party had no French, a ballot was a bundle, an election campaign a military one (征战), a fare a fair
        // (フェア), a cluster grapes (grappe, 嘟噜) and HPC a handheld PC. Bare "party" and « parties » keep their other
        // senses (third parties, the parties to a case), a campaign is not always an election's, « tarifs » are rates.
        Assert.Contains(Shipped.Translate("political party"), t => t.Language == "fr" && t.Text == "parti politique");
        Assert.Contains(Shipped.Translate("parties"), t => t.Language == "zh" && t.Text == "一方");
        Assert.DoesNotContain(Shipped.Translate("ballot"), t => t.Text == "bundle");
        Assert.Contains(Shipped.Translate("election campaign"), t => t.Language == "zh" && t.Text == "竞选");
        Assert.DoesNotContain(Shipped.Translate("campaign"), t => t.Text is "竞选" or "選挙運動");
        Assert.Contains(Shipped.Translate("tarifs"), t => t.Language == "zh" && t.Text == "关税");
        Assert.Contains(Shipped.Translate("fare"), t => t.Language == "ja" && t.Text == "運賃");
        Assert.Contains(Shipped.Translate("clusters"), t => t.Language == "zh" && t.Text == "集群");
        Assert.Contains(Shipped.Translate("HPC"), t => t.Language == "fr" && t.Text == "calcul intensif");
        // 試験 is also an exam (オンライン試験): it is not on the testing line.
        Assert.Contains(Shipped.Translate("試験"), t => t.Language == "fr" && t.Text == "examen");
    }

    [Fact]
    public void A_french_plural_in_ies_is_read_as_french_not_as_an_english_plural()
    {
        // « salariés » was keyed as "salary" (English -ies → -y) and translated as pay (给料, salaire); « licenciés » as
        // "licency", nothing. Typed with its accent it is only French; typed without, the French reading is added.
        Assert.Equal("salarie", LexiconKey.FrenchPlural("salariés"));
        Assert.Null(LexiconKey.FrenchPlural("salarié"));
        Assert.Contains(Shipped.Translate("salariés"), t => t.Language == "zh" && t.Text == "员工");
        Assert.DoesNotContain(Shipped.Translate("salariés"), t => t.Text is "salaire" or "給料");
        // Typed without its accent it is the English word; and English "salary" keeps its sense.
        Assert.Contains(Shipped.Translate("salaries"), t => t.Language == "ja" && t.Text == "給料");
        Assert.Contains(Shipped.Translate("salary"), t => t.Language == "ja" && t.Text == "給料");
        // A French -iés plural written on a domain line is stored under its French singular: « alliés » is the alliance.
        Assert.Contains(Shipped.Translate("alliés"), t => t.Language == "ja" && t.Text == "同盟" && t.Weight >= 1f);
        Assert.Contains(Shipped.Translate("licenciés"), t => t.Language == "zh" && t.Text == "裁员");
        // Plurals the key's folding leaves as typed: « nationaux », « réseaux » and "biases", "searches" translated as
        // nothing, "processes" as a processor (processeur, 处理器) through « processe »'s French family.
        Assert.Equal(["reseau", "reseal"], LexiconKey.OtherSingulars("réseaux"));
        Assert.Equal(["bia"], LexiconKey.OtherSingulars("biases"));
        Assert.Contains(Shipped.Translate("nationaux"), t => t.Language == "zh" && t.Text == "国立");
        Assert.Contains(Shipped.Translate("réseaux"), t => t.Language == "en" && t.Text == "network");
        Assert.Contains(Shipped.Translate("biases"), t => t.Language == "zh" && t.Text == "偏见");
        Assert.Contains(Shipped.Translate("searches"), t => t.Language == "fr" && t.Text == "recherche");
        Assert.DoesNotContain(Shipped.Translate("processes"), t => t.Text is "processeur" or "处理器");
        // A past participle whose own stem is cut too short to have a family (« inaugurés »: inaugu) reads as its
        // infinitive's family; « générés » was "bother" (gêner) and is generated.
        Assert.Contains(Shipped.Translate("inaugurés"), t => t.Language == "en" && t.Text == "inaugurate");
        Assert.Contains(Shipped.Translate("générés"), t => t.Language == "zh" && t.Text == "生成");
        Assert.DoesNotContain(Shipped.Translate("générés"), t => t.Text is "bother" or "annoy");
        // An English plural still reads as English.
        Assert.Contains(Shipped.Translate("policies"), t => t.Language == "fr" && t.Text == "politique");
        // « électoral » had only its feminine; a « plan » was a map, a plane and gliding (planer).
        Assert.Contains(Shipped.Translate("électoral"), t => t.Language == "zh" && t.Text == "选举");
        Assert.Contains(Shipped.Translate("plan"), t => t.Language == "zh" && t.Text == "计划");
        Assert.DoesNotContain(Shipped.Translate("plan"), t => t.Text is "planer" or "map");
    }

    [Fact]
    public void An_ing_form_borrows_what_the_domain_lexicon_says_of_its_verb_in_the_languages_its_own_entries_lack()
    {
        // "reporting" had only 復命 and 報連相 (Japanese).
        Assert.Contains(Shipped.Translate("reporting"), t => t.Language == "zh" && t.Text == "报告");
        Assert.Contains(Shipped.Translate("reporting"), t => t.Language == "fr" && t.Text == "rapport");
        Assert.Contains(Shipped.Translate("reporting"), t => t.Language == "ja" && t.Text == "復命");
        // Nothing else, and no English to translate onwards from: lobbying is no lobby's hall, hosting no host (东道).
        Assert.DoesNotContain(Shipped.Translate("lobbying"), t => t.Text is "hall" or "休息室");
        Assert.DoesNotContain(Shipped.Translate("hosting"), t => t.Text is "东道" or "hôte");
        Assert.DoesNotContain(Shipped.Translate("sharing"), t => t.Text is "株価" or "股市" or "bourse");
    }

    [Fact]
    public void A_french_word_is_not_translated_back_into_french_through_another_sense_of_its_english()
    {
        // « piscine » → pool → « groupe », « ensemble »; « calcul » → calculation → « addition », « note ». Its own forms
        // still come back (« publique » → public).
        Assert.Contains(Shipped.Translate("piscine"), t => t.Language == "en" && t.Text == "pool");
        Assert.DoesNotContain(Shipped.Translate("piscine"), t => t.Language == "fr");
        Assert.DoesNotContain(Shipped.Translate("calcul"), t => t.Text is "addition" or "note");
        Assert.Contains(Shipped.Translate("publique"), t => t.Language == "fr" && t.Text == "public");
    }

    [Fact]
    public void The_segmenter_splits_chinese_and_japanese_at_the_longest_headwords()
    {
        Assert.Equal(["美国", "芯片", "出口管制"], Shipped.Segment("美国芯片出口管制"));
        Assert.Equal(["数据中心"], Shipped.Segment("数据中心"));
        Assert.Equal(["輸出規制", "の", "強化"], Shipped.Segment("輸出規制の強化"));
        var lexicon = CrossLanguageLexicon.FromLines(["zh\t数据\ten:data:8", "zh\t数据中心\ten:data center:10", "zh\t中心\ten:centre:8"]);
        Assert.Equal(["数据中心", "安", "中心"], lexicon.Segment("数据中心安中心"));
    }
}

public sealed class FrenchStemTests
{
    [Theory]
    [InlineData("contrebandiers", "contrebande")]
    [InlineData("subventionner", "subventions")]
    [InlineData("remunerer", "remuneration")]
    [InlineData("refroidir", "refroidissement")]
    [InlineData("etiqueter", "etiquetage")]
    [InlineData("recruter", "recrutement")]
    [InlineData("prescrire", "prescriptions")]
    [InlineData("inscrire", "inscription")]
    [InlineData("inventrice", "inventeurs")]
    [InlineData("conductrice", "conducteur")]
    [InlineData("inventeur", "inventer")]
    public void Word_forms_of_one_family_share_a_stem(string a, string b) => Assert.Equal(FrenchStem.Of(a), FrenchStem.Of(LexiconKey.Singular(b)));

    [Theory]
    [InlineData("operateur", "opera")]
    [InlineData("promoteur", "promo")]
    public void An_agent_noun_is_not_put_with_a_word_it_only_begins_like(string a, string b) =>
        Assert.NotEqual(FrenchStem.Of(a), FrenchStem.Of(LexiconKey.Singular(b)));

    [Fact]
    public void A_form_the_lexicon_lacks_borrows_its_family_translations()
    {
        var lexicon = CrossLanguageLexicon.FromLines(["fr\tcontrebande\ten:smuggling:10|zh:走私:10"]);
        var translations = lexicon.Translate("contrebandiers");
        Assert.Contains(translations, t => t.Language == "fr" && t.Text == "contrebande");
        Assert.Contains(translations, t => t.Language == "zh" && t.Text == "走私");
        Assert.Empty(lexicon.Translate("Contrebandiers", domainOnly: true));
    }

    [Fact]
    public void A_french_form_with_entries_of_its_own_still_finds_its_family_below_them()
    {
        var lexicon = CrossLanguageLexicon.FromLines([
            "fr\tcontrebande\ten:smuggling:10|zh:走私:10",
            "fr\tcontrebandier\ten:smuggler:6|fr:trafiquant:7",
        ]);
        var translations = lexicon.Translate("contrebandiers", perLanguage: 3);
        Assert.Contains(translations, t => t.Language == "en" && t.Text == "smuggler");
        var own = Assert.Single(translations, t => t.Text == "trafiquant");
        var family = Assert.Single(translations, t => t.Text == "contrebande");
        Assert.True(family.Weight < own.Weight, $"family {family.Weight} >= own {own.Weight}");
        Assert.Contains(translations, t => t.Language == "zh" && t.Text == "走私");

        // An English word is not read as French: "management" has no French entry, so no French family.
        var english = CrossLanguageLexicon.FromLines(["en\tmanagement\tfr:gestion:6", "fr\tmanager\ten:manage:6"]);
        Assert.DoesNotContain(english.Translate("management"), t => t.Text == "manager");
    }

    [Fact]
    public void A_family_lends_its_most_trusted_members_first()
    {
        var lexicon = CrossLanguageLexicon.FromLines([
            "fr\tnormaliser\ten:normalize:6",
            "fr\tnormalisee\ten:normalized:5",
            "fr\tnormalisera\ten:will normalize:4",
            "fr\tnormalisation\ten:standardization:10|zh:标准化:10",
        ]);
        var translations = lexicon.Translate("normalisateurs");
        Assert.Equal("normalisation", translations.Where(t => t.Language == "fr").MaxBy(t => t.Weight)!.Text);
        Assert.Contains(translations, t => t.Text == "标准化");
    }

    [Fact]
    public void Translations_through_english_are_kept_down_to_a_lower_trust()
    {
        // 吹き替え → dubbing (0.7) → doublage (0.6): 0.38 through the pivot, kept; below 0.35 is dropped.
        var lexicon = CrossLanguageLexicon.FromLines(["ja\t吹き替え\ten:dubbing:7", "en\tdubbing\tfr:doublage:6|fr:postsynchronisation:4"]);
        var translations = lexicon.Translate("吹き替え");
        Assert.Contains(translations, t => t.Language == "fr" && t.Text == "doublage");
        Assert.DoesNotContain(translations, t => t.Text == "postsynchronisation");
    }
}
