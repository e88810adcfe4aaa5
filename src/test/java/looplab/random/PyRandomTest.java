package looplab.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link PyRandom} against values produced by CPython 3.11.7's {@code random.Random}.
 * The constants below were generated once with python3 (script outline in each test's comment);
 * no Python is needed to run the tests. Doubles are compared exactly (boxed {@code Double.equals}
 * and {@code isEqualTo} compare bits), never with a tolerance.
 */
class PyRandomTest {

    /**
     * Expected draws for one seed; each array is from a fresh {@code random.Random(seed)}.
     *
     * @param uint32     [getrandbits(32) for _ in range(5)]
     * @param randoms    [random() for _ in range(5)]
     * @param randint37  [randint(3, 7) for _ in range(12)]
     * @param degenerate [randint(0, 0), randint(5, 5), randint(0, 0), getrandbits(32)]
     * @param uniforms   [uniform(0.1, 0.5) for _ in range(4)]
     * @param interleave [randint(3,7), uniform(0.1,0.5), randint(3,7), random(),
     *                    randint(-5, 10**12), uniform(-1e6, 1e6), randint(3,7)]
     * @param getrandbits [getrandbits(k) for k in GETRANDBITS_KS] + [getrandbits(32)]
     * @param below1     [_randbelow(1) x3, getrandbits(32)]
     * @param belowLarge [_randbelow(2**40+3) x4, _randbelow(2**62+1) x4, _randbelow(2**63-1) x2]
     * @param belowPow2  [_randbelow(8) x4, _randbelow(2**32) x2, _randbelow(2**62) x2, randint(1, 16) x4]
     * @param deep       words [getrandbits(32) for _ in range(10000)] at DEEP_INDICES
     */
    record Case(String name, String seed, long[] uint32, double[] randoms, long[] randint37,
                long[] degenerate, double[] uniforms, Object[] interleave, long[] getrandbits,
                long[] below1, long[] belowLarge, long[] belowPow2, long[] deep) {

        PyRandom rng() {
            return new PyRandom(new BigInteger(seed));
        }

        boolean fitsInLong() {
            return new BigInteger(seed).bitLength() < 64;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final int[] GETRANDBITS_KS = {1, 31, 32, 33, 53, 63, 0, 1};
    /** Around the twist's loop split (227 = N - M) and its block ends (624, 1248). */
    static final int[] DEEP_INDICES = {226, 227, 623, 624, 1247, 1248, 9999};

    // ---- generated with python3 (CPython 3.11.7) from the recipes in the Case Javadoc ----
    static final List<Case> CASES = List.of(
            new Case("0", "0",
                new long[] {3626764237L, 1654615998L, 3255389356L, 3823568514L, 1806341205L},
                new double[] {0.8444218515250481, 0.7579544029403025, 0.420571580830845, 0.25891675029296335, 0.5112747213686085},
                new long[] {6L, 6L, 3L, 5L, 7L, 6L, 6L, 5L, 6L, 5L, 7L, 4L},
                new long[] {0L, 5L, 0L, 1112038970L},
                new double[] {0.43776874061001925, 0.40318176117612103, 0.268228632332338, 0.20356670011718536},
                new Object[] {6L, 0.40318176117612103, 6L, 0.04048437818077755, 562492388597L, -28144.606874374673, 5L},
                new long[] {1L, 827307999L, 3255389356L, 3823568514L, 2332111581032244L, 4715676943270851834L, 0L, 0L, 1739178872L},
                new long[] {0L, 0L, 0L, 1112038970L},
                new long[] {849735321549L, 87705687125L, 1067347797602L, 788025983492L, 2014778559842358803L, 1284573236628236406L, 1288927344666773107L, 874659381428118137L, 7373187333409828412L, 9105858850789076727L},
                new long[] {6L, 6L, 0L, 4L, 2087043557L, 3564191072L, 4395831007920635271L, 2599495322613281050L, 5L, 4L, 9L, 5L},
                new long[] {2464735849L, 2723895805L, 2390040247L, 2229104038L, 577331751L, 2465233080L, 3292398474L}),
            new Case("1", "1",
                new long[] {577090037L, 2444712010L, 3639700191L, 3445702192L, 3280387012L},
                new double[] {0.13436424411240122, 0.8474337369372327, 0.763774618976614, 0.2550690257394217, 0.49543508709194095},
                new long[] {4L, 7L, 3L, 5L, 3L, 6L, 6L, 6L, 6L, 4L, 3L, 6L},
                new long[] {0L, 5L, 0L, 506456969L},
                new double[] {0.1537456976449605, 0.4389734947748931, 0.4055098475906457, 0.20202761029576868},
                new Object[] {4L, 0.3276815499288849, 3L, 0.2550690257394217, 835351532918L, -101017.8704225237, 6L},
                new long[] {0L, 1222356005L, 3639700191L, 7740669488L, 2297455587083473L, 4569582132408609673L, 0L, 1L, 1930549411L},
                new long[] {0L, 0L, 0L, 506456969L},
                new long[] {140719340484L, 258793550908L, 1037017667747L, 836022225947L, 1936491312797304342L, 4499683446528355980L, 3595351650018309042L, 2456465800505386285L, 7395542922096466174L, 5452427997905692977L},
                new long[] {2L, 1L, 4L, 1L, 1930549411L, 2798570523L, 1936491312797304342L, 4499683446528355980L, 1L, 13L, 14L, 1L},
                new long[] {986146092L, 2728898079L, 802355090L, 1360367077L, 1721233950L, 1032912167L, 586364410L}),
            new Case("42", "42",
                new long[] {2746317213L, 478163327L, 107420369L, 3184935163L, 1181241943L},
                new double[] {0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, 0.7364712141640124},
                new long[] {3L, 3L, 5L, 4L, 4L, 4L, 3L, 7L, 3L, 7L, 6L, 3L},
                new long[] {0L, 5L, 0L, 1051802512L},
                new double[] {0.3557707193831535, 0.11000430208906678, 0.21001172734764773, 0.1892842952595291},
                new Object[] {3L, 0.11000430208906678, 5L, 0.24489185380347622, 808053162468L, -795009.647656985, 7L},
                new long[] {1L, 239081663L, 107420369L, 3184935163L, 2010501012863888L, 6792748013404602857L, 0L, 0L, 2906402157L},
                new long[] {0L, 0L, 0L, 1051802512L},
                new long[] {247559453085L, 538052153943L, 305901360862L, 226501419177L, 293143515607798169L, 864186096263678574L, 2145917995920697483L, 3869387381345962230L, 4143222138124291040L, 2565856380474498476L},
                new long[] {1L, 0L, 4L, 3L, 958682846L, 3163119785L, 293143515607798169L, 864186096263678574L, 7L, 8L, 1L, 7L},
                new long[] {767303988L, 2180476188L, 2929454134L, 1071722055L, 3190649866L, 2301518177L, 3981887252L}),
            new Case("-42", "-42",
                new long[] {2746317213L, 478163327L, 107420369L, 3184935163L, 1181241943L},
                new double[] {0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, 0.7364712141640124},
                new long[] {3L, 3L, 5L, 4L, 4L, 4L, 3L, 7L, 3L, 7L, 6L, 3L},
                new long[] {0L, 5L, 0L, 1051802512L},
                new double[] {0.3557707193831535, 0.11000430208906678, 0.21001172734764773, 0.1892842952595291},
                new Object[] {3L, 0.11000430208906678, 5L, 0.24489185380347622, 808053162468L, -795009.647656985, 7L},
                new long[] {1L, 239081663L, 107420369L, 3184935163L, 2010501012863888L, 6792748013404602857L, 0L, 0L, 2906402157L},
                new long[] {0L, 0L, 0L, 1051802512L},
                new long[] {247559453085L, 538052153943L, 305901360862L, 226501419177L, 293143515607798169L, 864186096263678574L, 2145917995920697483L, 3869387381345962230L, 4143222138124291040L, 2565856380474498476L},
                new long[] {1L, 0L, 4L, 3L, 958682846L, 3163119785L, 293143515607798169L, 864186096263678574L, 7L, 8L, 1L, 7L},
                new long[] {767303988L, 2180476188L, 2929454134L, 1071722055L, 3190649866L, 2301518177L, 3981887252L}),
            new Case("12345", "12345",
                new long[] {1789368711L, 3146859322L, 43676229L, 3522623596L, 3544234957L},
                new double[] {0.41661987254534116, 0.010169169457068361, 0.8252065092537432, 0.2986398551995928, 0.3684116894884757},
                new long[] {6L, 3L, 5L, 5L, 4L, 5L, 7L, 6L, 4L, 5L, 3L, 6L},
                new long[] {0L, 5L, 0L, 3672791226L},
                new double[] {0.2666479490181365, 0.10406766778282735, 0.4300826037014973, 0.21945594207983712},
                new Object[] {6L, 0.39307411018064375, 5L, 0.8551383418471491, 214455382283L, -459510.31795131916, 6L},
                new long[] {0L, 1573429661L, 43676229L, 7817590892L, 2689911400921319L, 3397998027404368058L, 0L, 1L, 831769172L},
                new long[] {0L, 0L, 0L, 3672791226L},
                new long[] {593537256020L, 960208693573L, 821033197451L, 573090097483L, 1723009292323251641L, 1536363813157333146L, 1897378425860843589L, 717965999215622925L, 7720610603397674709L, 2970283857350263047L},
                new long[] {6L, 0L, 4L, 5L, 4001984784L, 1873586768L, 1146159690086948025L, 3993132275390342065L, 9L, 6L, 6L, 12L},
                new long[] {1395709893L, 516021060L, 2049964430L, 4171722749L, 161923315L, 614870966L, 3594273135L}),
            new Case("2**31-1", "2147483647",
                new long[] {1364760256L, 4023463762L, 3510513048L, 516955790L, 843305193L},
                new double[] {0.3177580158172969, 0.8173550078299876, 0.1963472909507713, 0.8838810303661516, 0.33226577943173774},
                new long[] {5L, 3L, 4L, 5L, 5L, 3L, 7L, 4L, 4L, 4L, 7L, 6L},
                new long[] {0L, 5L, 0L, 1247118883L},
                new double[] {0.22710320632691877, 0.42694200313199504, 0.17853891638030853, 0.4535524121464607},
                new Object[] {5L, 0.474714263729319, 3L, 0.1963472909507713, 789775255285L, -335468.44113652455, 7L},
                new long[] {0L, 2011731881L, 3510513048L, 516955790L, 7961290065937955L, 3064610944334281069L, 0L, 0L, 3389248014L},
                new long[] {0L, 0L, 0L, 1247118883L},
                new long[] {265503518104L, 636498465001L, 14311972565L, 335837861296L, 3119779244005335176L, 1329461023196419900L, 3736379211180425437L, 2295561071404481718L, 1733087697397041357L, 188839990996460443L},
                new long[] {5L, 1L, 3L, 4L, 1427070677L, 830412208L, 3119779244005335176L, 1329461023196419900L, 2L, 16L, 13L, 1L},
                new long[] {1536591741L, 3899424465L, 1348920813L, 859946340L, 485249003L, 1498242523L, 1143171226L}),
            new Case("2**32", "4294967296",
                new long[] {485306839L, 1508871100L, 1794561286L, 4014597330L, 71624475L},
                new double[] {0.11299430095636409, 0.41782886486292836, 0.0166763664992291, 0.6117214625782752, 0.8056470212514185},
                new long[] {3L, 5L, 6L, 3L, 3L, 7L, 5L, 7L, 6L, 3L, 4L, 3L},
                new long[] {0L, 5L, 0L, 4014597330L},
                new double[] {0.14519772038254564, 0.26713154594517136, 0.10667054659969165, 0.34468858503131006},
                new Object[] {3L, 0.24052457039901276, 3L, 0.022821848181795, 888526054286L, 524666.2397907851, 7L},
                new long[] {0L, 754435550L, 1794561286L, 4014597330L, 5509893382973197L, 7430782158761337747L, 0L, 1L, 1423829729L},
                new long[] {0L, 0L, 0L, 4014597330L},
                new long[] {769284452823L, 47316264731L, 32005304388L, 163801826810L, 3995202557356038156L, 2897598945369197005L, 4419298599332858982L, 4263379881400298593L, 8368905920553496080L, 6379242528349159836L},
                new long[] {1L, 5L, 6L, 0L, 3274195809L, 4272311653L, 1273607186581644456L, 3160812192780824006L, 13L, 16L, 15L, 6L},
                new long[] {3706213868L, 2076152083L, 1921684606L, 2208258976L, 1684584400L, 623633719L, 4233817504L}),
            new Case("2**32+1", "4294967297",
                new long[] {991850117L, 2151679444L, 2200792185L, 3616180723L, 1780619055L},
                new double[] {0.2309331037176915, 0.5124118614342635, 0.4145826832477072, 0.09166228226078477, 0.6052024383005872},
                new long[] {4L, 7L, 7L, 6L, 3L, 5L, 7L, 4L, 4L, 4L, 4L, 6L},
                new long[] {0L, 5L, 0L, 1152499673L},
                new double[] {0.1923732414870766, 0.3049647445737054, 0.2658330732990829, 0.13666491290431393},
                new Object[] {4L, 0.30039076361778927, 6L, 0.8136509216700664, 662577463252L, -502469.99135619565, 4L},
                new long[] {0L, 1075839722L, 2200792185L, 3616180723L, 825620762946900L, 5582007294539972569L, 0L, 0L, 2946329958L},
                new long[] {0L, 0L, 0L, 1152499673L},
                new long[] {588804206060L, 548060171294L, 492572601702L, 851454498928L, 1752733013982884092L, 4441635566200214845L, 2869447737945195732L, 456998589825681802L, 3728767041405229389L, 3781174946906486396L},
                new long[] {3L, 6L, 1L, 4L, 2599324702L, 2946329958L, 3575310303579379824L, 1752733013982884092L, 16L, 10L, 2L, 10L},
                new long[] {345859645L, 3945982012L, 1774102469L, 3192309354L, 4125094038L, 1376725891L, 1241494074L}),
            new Case("2**40+12345", "1099511640121",
                new long[] {1332995613L, 1500173691L, 493462063L, 16738666L, 2291790675L},
                new double[] {0.31036222241287226, 0.1148930862836336, 0.5335990945925775, 0.20403672857712885, 0.8113406885080037},
                new long[] {5L, 5L, 3L, 3L, 7L, 4L, 4L, 4L, 3L, 7L, 5L, 3L},
                new long[] {0L, 5L, 0L, 16738666L},
                new double[] {0.22414488896514892, 0.14595723451345344, 0.313439637837031, 0.18161469143085154},
                new Object[] {5L, 0.23971456025508964, 3L, 0.5335990945925775, 151200186449L, 622681.3770160074, 3L},
                new long[] {0L, 750086845L, 493462063L, 4311705962L, 1837799923402554L, 7483296969828298306L, 0L, 1L, 4236195798L},
                new long[] {0L, 0L, 0L, 16738666L},
                new long[] {765837174301L, 4788429359L, 307234468691L, 301524041814L, 82059015027591266L, 2556779957525382543L, 1904570127813560487L, 4133510021185658887L, 9000546492580114799L, 5339973729510549436L},
                new long[] {4L, 5L, 1L, 0L, 2291790675L, 876331094L, 82059015027591266L, 2556779957525382543L, 13L, 10L, 7L, 3L},
                new long[] {1681763216L, 130246680L, 1889486039L, 3078577445L, 3314966130L, 1515653376L, 1337305668L}),
            new Case("2**64-1", "18446744073709551615",
                new long[] {93740670L, 1068495656L, 1452108352L, 2657516307L, 910393425L},
                new double[] {0.021825695401270107, 0.3380953268613758, 0.21196748656082065, 0.6151259995625727, 0.9195709817171983},
                new long[] {3L, 4L, 5L, 7L, 4L, 6L, 7L, 3L, 5L, 3L, 4L, 7L},
                new long[] {0L, 5L, 0L, 2657516307L},
                new double[] {0.10873027816050805, 0.23523813074455033, 0.18478699462432827, 0.3460503998250291},
                new Object[] {3L, 0.199511412793682, 7L, 0.21196748656082065, 105721161150L, 839141.9634343965, 5L},
                new long[] {0L, 534247828L, 1452108352L, 2657516307L, 5540561310227026L, 8481545260127949182L, 0L, 1L, 1593622763L},
                new long[] {0L, 0L, 0L, 2657516307L},
                new long[] {545554587262L, 1001637773393L, 208800376259L, 119153246635L, 1775948699226357584L, 4458721442496696091L, 2563657896979781374L, 338330944558886035L, 2717155737689833932L, 6928735822654300145L},
                new long[] {0L, 3L, 5L, 3L, 3868957638L, 2286593340L, 721607303545186061L, 3042013932040571469L, 16L, 9L, 9L, 2L},
                new long[] {3637181817L, 3886738724L, 2799746052L, 3597309115L, 1341629042L, 641403452L, 736581691L}),
            new Case("12345678901234567890", "12345678901234567890",
                new long[] {2199100970L, 3695432519L, 4002396509L, 2348474455L, 2758709522L},
                new double[] {0.5120180983871961, 0.9318805526703359, 0.6423121128048344, 0.8522436047096272, 0.35402963702233636},
                new long[] {7L, 7L, 6L, 5L, 5L, 7L, 4L, 7L, 6L, 5L, 4L, 3L},
                new long[] {0L, 5L, 0L, 2258305325L},
                new double[] {0.30480723935487847, 0.4727522210681344, 0.3569248451219338, 0.44089744188385094},
                new Object[] {7L, 0.444163974916579, 7L, 0.6423121128048344, 360142643992L, -291940.7259553273, 4L},
                new long[] {1L, 1847716259L, 4002396509L, 6643441751L, 7676328250853438L, 3265347079729299143L, 0L, 1L, 985677794L},
                new long[] {0L, 0L, 0L, 2258305325L},
                new long[] {986306220306L, 720919896861L, 800911980906L, 163766776334L, 4335011421243144999L, 3276383446368918176L, 834204072391425208L, 2200797806175906521L, 1416043360114045355L, 2297351732625059610L},
                new long[] {7L, 5L, 5L, 3L, 2454170533L, 1562069701L, 1619036490037014252L, 563612793745382025L, 15L, 16L, 1L, 12L},
                new long[] {3245713650L, 27730405L, 1955470178L, 353873370L, 3621901255L, 3100459673L, 15871821L}),
            new Case("200 digits", "12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890",
                new long[] {463359432L, 2981885539L, 2411525789L, 4141979780L, 1417318295L},
                new double[] {0.10788427810575307, 0.5614771020738767, 0.3299951315481635, 0.05651860190875213, 0.5678397435234838},
                new long[] {3L, 7L, 5L, 3L, 5L, 7L, 4L, 7L, 3L, 7L, 3L, 6L},
                new long[] {0L, 5L, 0L, 1451394753L},
                new double[] {0.14315371124230125, 0.3245908408295507, 0.23199805261926543, 0.12260744076350086},
                new Object[] {3L, 0.37770973313294975, 5L, 0.8074556369820133, 624221652668L, -512350.56642942945, 3L},
                new long[] {0L, 1490942769L, 2411525789L, 4141979780L, 509077351655859L, 5237397213705045697L, 0L, 0L, 2221204479L},
                new long[] {0L, 0L, 0L, 1451394753L},
                new long[] {743272087762L, 535014797832L, 221264536575L, 1095548080634L, 1884776502343032177L, 2848207206598177743L, 2733515085328738573L, 1716840790759135494L, 7278526162975148844L, 6624017638538129891L},
                new long[] {1L, 5L, 0L, 5L, 2438853128L, 2221204479L, 4598606687996285434L, 1884776502343032177L, 6L, 10L, 3L, 10L},
                new long[] {1416647441L, 1050358950L, 187172844L, 3669098206L, 3046363475L, 3301663230L, 2545002635L}),
            new Case("-2**63", "-9223372036854775808",
                new long[] {2377109768L, 1691753470L, 4039908392L, 899083848L, 1039357674L},
                new double[] {0.5534639983914199, 0.9406144709090462, 0.24199432111690833, 0.8512870110731147, 0.08475572881914784},
                new long[] {7L, 6L, 4L, 4L, 7L, 3L, 5L, 5L, 7L, 5L, 6L, 4L},
                new long[] {0L, 5L, 0L, 4162741883L},
                new double[] {0.32138559935656796, 0.4762457883636185, 0.19679772844676335, 0.44051480442924584},
                new Object[] {7L, 0.2575568197387888, 4L, 0.24199432111690833, 553412063766L, -830488.5423617044, 5L},
                new long[] {1L, 845876735L, 4039908392L, 899083848L, 7667714787010171L, 781733639721092963L, 0L, 0L, 3238522420L},
                new long[] {0L, 0L, 0L, 4162741883L},
                new long[] {865665536264L, 463601409064L, 782048070965L, 733382962740L, 2815269228382124401L, 2241213660715560573L, 1507372450077047715L, 1712390901279619229L, 5532002832779810649L, 6121171112296243090L},
                new long[] {6L, 3L, 3L, 1L, 1310961893L, 4140643018L, 243022556460009447L, 863221165891017150L, 12L, 6L, 6L, 9L},
                new long[] {3293094680L, 3412399434L, 3239629188L, 346131666L, 3126662580L, 3566289627L, 2798221440L}));
    static final long MIX_CHECKSUM = 928262921277481043L;
    static final long[] MIX_LAST = new long[] {4600311719739056258L, 4L, 4601459660726779858L, 1217L, 954L, 882287775565L, 9998L, 11168L};
    static final long MIX_NEXT_UINT32 = 2033222388L;
    // ---- end generated ----

    static Stream<Case> cases() {
        return CASES.stream();
    }

    static Stream<Case> longSeedCases() {
        return CASES.stream().filter(Case::fitsInLong);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void nextUInt32MatchesGenrandUint32(Case c) {
        PyRandom r = c.rng();
        long[] actual = new long[c.uint32().length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = r.nextUInt32();
        }
        assertThat(actual).containsExactly(c.uint32());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void wordsAcrossTwistBoundaries(Case c) {
        PyRandom r = c.rng();
        long[] words = new long[10_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = r.nextUInt32();
        }
        long[] actual = new long[DEEP_INDICES.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = words[DEEP_INDICES[i]];
        }
        assertThat(actual).containsExactly(c.deep());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("longSeedCases")
    void longConstructorMatchesBigIntegerSeed(Case c) {
        PyRandom r = new PyRandom(Long.parseLong(c.seed()));
        long[] actual = new long[c.uint32().length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = r.nextUInt32();
        }
        assertThat(actual).containsExactly(c.uint32());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void randomMatchesExactly(Case c) {
        PyRandom r = c.rng();
        for (double expected : c.randoms()) {
            assertThat(Double.doubleToLongBits(r.random())).isEqualTo(Double.doubleToLongBits(expected));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void randintSequence(Case c) {
        PyRandom r = c.rng();
        long[] actual = new long[c.randint37().length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = r.randint(3, 7);
        }
        assertThat(actual).containsExactly(c.randint37());
    }

    /**
     * randint(x, x) is x + _randbelow(1), which loops on getrandbits(1) until it yields 0:
     * at least one word per call, more whenever the top bit of a word is 1.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void singleValueRandintStillDraws(Case c) {
        PyRandom r = c.rng();
        long[] actual = {r.randint(0, 0), r.randint(5, 5), r.randint(0, 0), r.nextUInt32()};
        assertThat(actual).containsExactly(c.degenerate());
        assertThat(actual[3]).isNotEqualTo(c.uint32()[0]); // words were consumed
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void uniformMatchesExactly(Case c) {
        PyRandom r = c.rng();
        double[] actual = new double[c.uniforms().length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = r.uniform(0.1, 0.5);
        }
        assertThat(actual).containsExactly(c.uniforms());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void interleavedDraws(Case c) {
        PyRandom r = c.rng();
        Object[] actual = {
            r.randint(3, 7), r.uniform(0.1, 0.5), r.randint(3, 7), r.random(),
            r.randint(-5, 1_000_000_000_000L), r.uniform(-1e6, 1e6), r.randint(3, 7)
        };
        assertThat(actual).containsExactly(c.interleave());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void getrandbitsWidths(Case c) {
        PyRandom r = c.rng();
        long[] actual = new long[GETRANDBITS_KS.length + 1];
        for (int i = 0; i < GETRANDBITS_KS.length; i++) {
            actual[i] = r.getrandbits(GETRANDBITS_KS[i]);
        }
        actual[GETRANDBITS_KS.length] = r.getrandbits(32);
        assertThat(actual).containsExactly(c.getrandbits());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void randbelowOneStillDraws(Case c) {
        PyRandom r = c.rng();
        long[] actual = {r.randbelow(1), r.randbelow(1), r.randbelow(1), r.getrandbits(32)};
        assertThat(actual).containsExactly(c.below1());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void randbelowLarge(Case c) {
        PyRandom r = c.rng();
        long[] actual = new long[10];
        for (int i = 0; i < 4; i++) {
            actual[i] = r.randbelow((1L << 40) + 3);
        }
        for (int i = 4; i < 8; i++) {
            actual[i] = r.randbelow((1L << 62) + 1);
        }
        for (int i = 8; i < 10; i++) {
            actual[i] = r.randbelow(Long.MAX_VALUE);
        }
        assertThat(actual).containsExactly(c.belowLarge());
    }

    /** A power-of-two n needs k = n.bit_length() bits, one more than (n-1).bit_length(). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void randbelowPowerOfTwoUsesBitLengthOfN(Case c) {
        PyRandom r = c.rng();
        long[] actual = {
            r.randbelow(8), r.randbelow(8), r.randbelow(8), r.randbelow(8),
            r.randbelow(1L << 32), r.randbelow(1L << 32), r.randbelow(1L << 62), r.randbelow(1L << 62),
            r.randint(1, 16), r.randint(1, 16), r.randint(1, 16), r.randint(1, 16)
        };
        assertThat(actual).containsExactly(c.belowPow2());
    }

    /** random.Random(-s) seeds with abs(-s), including past the long range. */
    @Test
    void negativeSeedActsAsAbs() {
        assertSameStream(new PyRandom(-42), new PyRandom(42));
        assertSameStream(new PyRandom(Long.MIN_VALUE), new PyRandom(BigInteger.ONE.shiftLeft(63)));
        BigInteger big = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
        assertSameStream(new PyRandom(big.negate()), new PyRandom(big));
    }

    private static void assertSameStream(PyRandom a, PyRandom b) {
        for (int i = 0; i < 2000; i++) { // crosses a twist boundary (624 words)
            assertThat(a.nextUInt32()).isEqualTo(b.nextUInt32());
        }
    }

    /**
     * 10,000 mixed draws from random.Random(7), op = i % 8; each value v (doubles as their
     * IEEE bits) is folded into h = h * 31 + v (mod 2**64). Python side:
     * random(), randint(3,7), uniform(0.1,0.5), getrandbits(i%64), _randbelow(i//8+1),
     * randint(-1000, 10**12), randint(i, i), _randbelow((1 << (i%62+1)) + i).
     */
    @Test
    void mixedDrawsFromSeed7() {
        PyRandom r = new PyRandom(7);
        long h = 0;
        long[] last = new long[8];
        for (int i = 0; i < 10_000; i++) {
            long v = switch (i % 8) {
                case 0 -> Double.doubleToLongBits(r.random());
                case 1 -> r.randint(3, 7);
                case 2 -> Double.doubleToLongBits(r.uniform(0.1, 0.5));
                case 3 -> r.getrandbits(i % 64);
                case 4 -> r.randbelow(i / 8 + 1);
                case 5 -> r.randint(-1000, 1_000_000_000_000L);
                case 6 -> r.randint(i, i);
                default -> r.randbelow((1L << (i % 62 + 1)) + i);
            };
            h = h * 31 + v;
            last[i % 8] = v;
        }
        assertThat(last).containsExactly(MIX_LAST);
        assertThat(h).isEqualTo(MIX_CHECKSUM);
        assertThat(r.nextUInt32()).isEqualTo(MIX_NEXT_UINT32);
    }

    @Test
    void rejectsArgumentsOutsideTheSupportedDomain() {
        PyRandom r = new PyRandom(1);
        assertThatThrownBy(() -> r.getrandbits(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.getrandbits(64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.randbelow(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.randint(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.randint(Long.MIN_VALUE, 0)).isInstanceOf(IllegalArgumentException.class);
        // None of the rejected calls drew: the stream is still at its start (seed 1 -> 577090037).
        assertThat(r.nextUInt32()).isEqualTo(577090037L);
    }
}
