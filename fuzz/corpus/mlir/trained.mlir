module @resnext_cifar_L3_W4_B1_C4 attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>, slice.held_out = array<i64: 96, 32, 0>, slice.input_mean = array<f32: 0.287597477>, slice.input_std = array<f32: 0.355144262>} {
  slice.param @stem.weight : tensor<4x1x3x3xf32> init(msra) = dense<[[[[0.41003716, 0.180014312, 0.413274288], [-1.10839725, -0.814297318, 0.465156525], [-0.138006493, -0.84953171, 0.526186407]]], [[[0.0301714372, -0.77225691, -0.00708074775], [0.0881383195, 0.563045502, -0.779371559], [0.933312058, 0.159641922, -1.32662439]]], [[[-0.0552997738, -0.0985558256, -0.38555932], [-0.158370152, -0.285273343, 0.0636215507], [0.0512682237, 0.295749962, 0.0231982842]]], [[[0.242969289, -0.166726753, 0.181848735], [0.476771414, -0.236342013, 0.0169492587], [0.294401437, 0.566892803, -0.317464888]]]]> : tensor<4x1x3x3xf32>
  slice.param @stage1.block1.bn.scale : tensor<4xf32> init(ones) = dense<[1.00146532, 0.996825456, 1.00163043, 0.999989986]> : tensor<4xf32>
  slice.param @stage1.block1.bn.bias : tensor<4xf32> init(zeros) = dense<[0.00206488045, 0.00160694448, 2.44196621E-4, 4.028728E-4]> : tensor<4xf32>
  slice.param @stage1.block1.bn.mean : tensor<4xf32> init(zeros) buffer = dense<[-0.0107632689, -0.017127648, -0.00814807694, 0.0163742173]> : tensor<4xf32>
  slice.param @stage1.block1.bn.var : tensor<4xf32> init(ones) buffer = dense<[1.15727353, 1.22683501, 0.861269593, 0.984161555]> : tensor<4xf32>
  slice.param @stage1.block1.branch1.conv1.weight : tensor<1x2x1x1xf32> init(msra) = dense<[[[[1.02511239]], [[0.637117087]]]]> : tensor<1x2x1x1xf32>
  slice.param @stage1.block1.branch1.bn1.scale : tensor<1xf32> init(ones) = dense<0.999978184> : tensor<1xf32>
  slice.param @stage1.block1.branch1.bn1.bias : tensor<1xf32> init(zeros) = dense<0.00115866633> : tensor<1xf32>
  slice.param @stage1.block1.branch1.bn1.mean : tensor<1xf32> init(zeros) buffer = dense<0.122511372> : tensor<1xf32>
  slice.param @stage1.block1.branch1.bn1.var : tensor<1xf32> init(ones) buffer = dense<0.878791153> : tensor<1xf32>
  slice.param @stage1.block1.branch1.conv2.weight : tensor<1x1x3x3xf32> init(msra) = dense<[[[[0.189799622, -0.577879965, -0.797396421], [0.377668589, -0.0600762665, 0.176301807], [-0.263954461, 0.23947829, 0.377253681]]]]> : tensor<1x1x3x3xf32>
  slice.param @stage1.block1.branch1.bn2.scale : tensor<1xf32> init(ones) = dense<1.00149083> : tensor<1xf32>
  slice.param @stage1.block1.branch1.bn2.bias : tensor<1xf32> init(zeros) = dense<-0.0011073621> : tensor<1xf32>
  slice.param @stage1.block1.branch1.bn2.mean : tensor<1xf32> init(zeros) buffer = dense<-0.0292493179> : tensor<1xf32>
  slice.param @stage1.block1.branch1.bn2.var : tensor<1xf32> init(ones) buffer = dense<0.869597375> : tensor<1xf32>
  slice.param @stage1.block1.branch1.conv3.weight : tensor<2x1x1x1xf32> init(msra) = dense<[[[[1.36729312]]], [[[1.18805134]]]]> : tensor<2x1x1x1xf32>
  slice.param @stage1.block1.branch2.conv1.weight : tensor<1x2x1x1xf32> init(msra) = dense<[[[[-0.16398935]], [[0.487256646]]]]> : tensor<1x2x1x1xf32>
  slice.param @stage1.block1.branch2.bn1.scale : tensor<1xf32> init(ones) = dense<0.999978303> : tensor<1xf32>
  slice.param @stage1.block1.branch2.bn1.bias : tensor<1xf32> init(zeros) = dense<2.06341705E-4> : tensor<1xf32>
  slice.param @stage1.block1.branch2.bn1.mean : tensor<1xf32> init(zeros) buffer = dense<0.0244691614> : tensor<1xf32>
  slice.param @stage1.block1.branch2.bn1.var : tensor<1xf32> init(ones) buffer = dense<0.824936687> : tensor<1xf32>
  slice.param @stage1.block1.branch2.conv2.weight : tensor<1x1x3x3xf32> init(msra) = dense<[[[[0.410886675, -0.62107867, -0.145926103], [-0.108420409, -0.385317951, -1.26728296], [0.260142863, 0.109818719, -0.216129586]]]]> : tensor<1x1x3x3xf32>
  slice.param @stage1.block1.branch2.bn2.scale : tensor<1xf32> init(ones) = dense<1.00019503> : tensor<1xf32>
  slice.param @stage1.block1.branch2.bn2.bias : tensor<1xf32> init(zeros) = dense<4.57366725E-4> : tensor<1xf32>
  slice.param @stage1.block1.branch2.bn2.mean : tensor<1xf32> init(zeros) buffer = dense<-0.1251605> : tensor<1xf32>
  slice.param @stage1.block1.branch2.bn2.var : tensor<1xf32> init(ones) buffer = dense<1.26734197> : tensor<1xf32>
  slice.param @stage1.block1.branch2.conv3.weight : tensor<2x1x1x1xf32> init(msra) = dense<[[[[-0.553950429]]], [[[0.0126896854]]]]> : tensor<2x1x1x1xf32>
  slice.param @stage1.block1.branch3.conv1.weight : tensor<1x4x1x1xf32> init(msra) = dense<[[[[-0.00160825194]], [[-0.163542718]], [[0.694983721]], [[1.14541399]]]]> : tensor<1x4x1x1xf32>
  slice.param @stage1.block1.branch3.bn1.scale : tensor<1xf32> init(ones) = dense<0.999978303> : tensor<1xf32>
  slice.param @stage1.block1.branch3.bn1.bias : tensor<1xf32> init(zeros) = dense<2.74987688E-4> : tensor<1xf32>
  slice.param @stage1.block1.branch3.bn1.mean : tensor<1xf32> init(zeros) buffer = dense<0.134754211> : tensor<1xf32>
  slice.param @stage1.block1.branch3.bn1.var : tensor<1xf32> init(ones) buffer = dense<8.926180e-01> : tensor<1xf32>
  slice.param @stage1.block1.branch3.conv2.weight : tensor<1x1x3x3xf32> init(msra) = dense<[[[[1.04769182, 0.462556809, -0.419529647], [-0.220565215, 6.809740e-01, 0.325669706], [-0.139452636, -0.727372169, -0.283154607]]]]> : tensor<1x1x3x3xf32>
  slice.param @stage1.block1.branch3.bn2.scale : tensor<1xf32> init(ones) = dense<0.99894005> : tensor<1xf32>
  slice.param @stage1.block1.branch3.bn2.bias : tensor<1xf32> init(zeros) = dense<-5.88037656E-4> : tensor<1xf32>
  slice.param @stage1.block1.branch3.bn2.mean : tensor<1xf32> init(zeros) buffer = dense<0.0561748445> : tensor<1xf32>
  slice.param @stage1.block1.branch3.bn2.var : tensor<1xf32> init(ones) buffer = dense<0.9337067> : tensor<1xf32>
  slice.param @stage1.block1.branch3.conv3.weight : tensor<2x1x1x1xf32> init(msra) = dense<[[[[-0.452771246]]], [[[-1.2619462]]]]> : tensor<2x1x1x1xf32>
  slice.param @stage1.block1.branch4.conv1.weight : tensor<1x4x1x1xf32> init(msra) = dense<[[[[-0.589645565]], [[0.544793487]], [[-0.776274323]], [[-0.0153079359]]]]> : tensor<1x4x1x1xf32>
  slice.param @stage1.block1.branch4.bn1.scale : tensor<1xf32> init(ones) = dense<0.999977886> : tensor<1xf32>
  slice.param @stage1.block1.branch4.bn1.bias : tensor<1xf32> init(zeros) = dense<0.00127968343> : tensor<1xf32>
  slice.param @stage1.block1.branch4.bn1.mean : tensor<1xf32> init(zeros) buffer = dense<-0.0646951944> : tensor<1xf32>
  slice.param @stage1.block1.branch4.bn1.var : tensor<1xf32> init(ones) buffer = dense<0.863491654> : tensor<1xf32>
  slice.param @stage1.block1.branch4.conv2.weight : tensor<1x1x3x3xf32> init(msra) = dense<[[[[0.0632457137, 0.204967752, -0.17318891], [0.45394209, -0.3254987, 0.121988781], [-0.096974045, 0.280050248, -0.0271487162]]]]> : tensor<1x1x3x3xf32>
  slice.param @stage1.block1.branch4.bn2.scale : tensor<1xf32> init(ones) = dense<0.99912399> : tensor<1xf32>
  slice.param @stage1.block1.branch4.bn2.bias : tensor<1xf32> init(zeros) = dense<8.92369425E-4> : tensor<1xf32>
  slice.param @stage1.block1.branch4.bn2.mean : tensor<1xf32> init(zeros) buffer = dense<0.0378926918> : tensor<1xf32>
  slice.param @stage1.block1.branch4.bn2.var : tensor<1xf32> init(ones) buffer = dense<0.825084388> : tensor<1xf32>
  slice.param @stage1.block1.branch4.conv3.weight : tensor<2x1x1x1xf32> init(msra) = dense<[[[[-1.30071723]]], [[[1.2222476]]]]> : tensor<2x1x1x1xf32>
  slice.param @stage2.block1.bn.scale : tensor<8xf32> init(ones) = dense<[1.00419736, 0.996802628, 0.999978303, 0.999978303, 0.999793648, 0.999118268, 0.999978303, 0.999978303]> : tensor<8xf32>
  slice.param @stage2.block1.bn.bias : tensor<8xf32> init(zeros) = dense<[0.00773404306, -0.00205529085, 0.000000e+00, 0.000000e+00, -3.60819744E-4, 7.12185574E-4, 0.000000e+00, 0.000000e+00]> : tensor<8xf32>
  slice.param @stage2.block1.bn.mean : tensor<8xf32> init(zeros) buffer = dense<[0.0417014658, 0.0559369475, 0.000000e+00, 0.000000e+00, -0.124711424, 0.0142828319, 0.000000e+00, 0.000000e+00]> : tensor<8xf32>
  slice.param @stage2.block1.bn.var : tensor<8xf32> init(ones) buffer = dense<[1.13698423, 1.07625091, 0.809999942, 0.809999942, 1.06762493, 0.996511161, 0.809999942, 0.809999942]> : tensor<8xf32>
  slice.param @stage2.block1.branch1.conv1.weight : tensor<2x4x1x1xf32> init(msra) = dense<[[[[-0.734679461]], [[-3.271000e-01]], [[-0.260863632]], [[0.65882194]]], [[[-0.182881728]], [[-1.21245742]], [[-0.0815118402]], [[3.780360e-01]]]]> : tensor<2x4x1x1xf32>
  slice.param @stage2.block1.branch1.bn1.scale : tensor<2xf32> init(ones) = dense<[1.00071478, 0.999242901]> : tensor<2xf32>
  slice.param @stage2.block1.branch1.bn1.bias : tensor<2xf32> init(zeros) = dense<[0.00120881118, -0.00283118268]> : tensor<2xf32>
  slice.param @stage2.block1.branch1.bn1.mean : tensor<2xf32> init(zeros) buffer = dense<[-0.0776030868, -0.104087815]> : tensor<2xf32>
  slice.param @stage2.block1.branch1.bn1.var : tensor<2xf32> init(ones) buffer = dense<[0.857242465, 0.897391974]> : tensor<2xf32>
  slice.param @stage2.block1.branch1.conv2.weight : tensor<2x2x3x3xf32> init(msra) = dense<[[[[5.019470e-01, -0.0791590213, 0.250129789], [0.729222774, -0.508041143, -0.0203551576], [-0.1692819, 0.408895344, 0.485848904]], [[0.386395514, -0.46212703, -0.183071852], [-0.256160945, 0.0371300206, 0.175094366], [0.503111303, 0.242219731, -0.11298877]]], [[[-0.0852782726, 0.079701744, -0.151156768], [-0.624491512, 0.032743711, -0.194544286], [0.107300594, 0.234638169, 0.175040379]], [[-0.0468624122, 0.519893229, 0.0175116453], [0.0583983734, 0.806735217, -0.0875922217], [-0.423520029, -0.0077857431, 0.182045162]]]]> : tensor<2x2x3x3xf32>
  slice.param @stage2.block1.branch1.bn2.scale : tensor<2xf32> init(ones) = dense<[0.996591448, 1.00642633]> : tensor<2xf32>
  slice.param @stage2.block1.branch1.bn2.bias : tensor<2xf32> init(zeros) = dense<[-0.00141928578, 0.00419863034]> : tensor<2xf32>
  slice.param @stage2.block1.branch1.bn2.mean : tensor<2xf32> init(zeros) buffer = dense<[0.107257307, 0.0462230891]> : tensor<2xf32>
  slice.param @stage2.block1.branch1.bn2.var : tensor<2xf32> init(ones) buffer = dense<[0.88289684, 0.845103442]> : tensor<2xf32>
  slice.param @stage2.block1.branch1.conv3.weight : tensor<4x2x1x1xf32> init(msra) = dense<[[[[-0.13695845]], [[1.1680454]]], [[[-0.651418924]], [[-1.04252148]]], [[[0.596975148]], [[-1.40142071]]], [[[1.01016867]], [[-1.34384227]]]]> : tensor<4x2x1x1xf32>
  slice.param @stage2.block1.branch2.conv1.weight : tensor<2x4x1x1xf32> init(msra) = dense<[[[[-0.335655272]], [[0.109117746]], [[-1.99309957]], [[0.639074146]]], [[[-0.581116796]], [[0.476488382]], [[-0.616069972]], [[-1.19292355]]]]> : tensor<2x4x1x1xf32>
  slice.param @stage2.block1.branch2.bn1.scale : tensor<2xf32> init(ones) = dense<[0.999842762, 1.00011253]> : tensor<2xf32>
  slice.param @stage2.block1.branch2.bn1.bias : tensor<2xf32> init(zeros) = dense<[0.00145704357, 0.00350571098]> : tensor<2xf32>
  slice.param @stage2.block1.branch2.bn1.mean : tensor<2xf32> init(zeros) buffer = dense<[-0.0157320742, -5.905700e-03]> : tensor<2xf32>
  slice.param @stage2.block1.branch2.bn1.var : tensor<2xf32> init(ones) buffer = dense<[0.818255901, 0.843599319]> : tensor<2xf32>
  slice.param @stage2.block1.branch2.conv2.weight : tensor<2x2x3x3xf32> init(msra) = dense<[[[[-0.198798984, -0.203952655, 0.21555306], [-0.474494278, -0.107405208, 0.20432733], [0.469784975, 0.291197449, 0.0923344716]], [[-3.864670e-01, -0.159349561, -0.0326290801], [-0.169703797, -0.024935171, 0.337784052], [0.12420053, -0.0295607783, 0.243917614]]], [[[-0.189527303, -0.296172082, 0.0260465052], [-0.208708137, 0.0610798895, -0.187067226], [0.42273286, -0.190331385, 0.32101804]], [[-0.370974183, 0.0388884433, -0.10465464], [0.116133817, -0.104940034, 0.279511303], [-0.27143082, -0.151350394, 0.192060739]]]]> : tensor<2x2x3x3xf32>
  slice.param @stage2.block1.branch2.bn2.scale : tensor<2xf32> init(ones) = dense<[1.00058973, 0.998696506]> : tensor<2xf32>
  slice.param @stage2.block1.branch2.bn2.bias : tensor<2xf32> init(zeros) = dense<[0.00435175141, -5.37816377E-4]> : tensor<2xf32>
  slice.param @stage2.block1.branch2.bn2.mean : tensor<2xf32> init(zeros) buffer = dense<[0.00505704386, -0.0368077606]> : tensor<2xf32>
  slice.param @stage2.block1.branch2.bn2.var : tensor<2xf32> init(ones) buffer = dense<[0.880487561, 0.848236739]> : tensor<2xf32>
  slice.param @stage2.block1.branch2.conv3.weight : tensor<4x2x1x1xf32> init(msra) = dense<[[[[-0.900014162]], [[-0.363279551]]], [[[0.823073983]], [[-0.0689842477]]], [[[-1.79011261]], [[1.14164591]]], [[[-1.14130139]], [[0.739946127]]]]> : tensor<4x2x1x1xf32>
  slice.param @stage2.block1.branch3.conv1.weight : tensor<2x8x1x1xf32> init(msra) = dense<[[[[0.579651952]], [[0.234474197]], [[0.316483378]], [[0.2386529]], [[-0.497784555]], [[0.163293287]], [[-0.786829113]], [[0.165023133]]], [[[0.312585741]], [[-0.442373186]], [[-1.02205789]], [[-1.47327507]], [[-0.00798227545]], [[-0.725544214]], [[0.0431218967]], [[0.41813159]]]]> : tensor<2x8x1x1xf32>
  slice.param @stage2.block1.branch3.bn1.scale : tensor<2xf32> init(ones) = dense<[0.999712347, 1.00024438]> : tensor<2xf32>
  slice.param @stage2.block1.branch3.bn1.bias : tensor<2xf32> init(zeros) = dense<[3.61052844E-5, -2.25313124E-4]> : tensor<2xf32>
  slice.param @stage2.block1.branch3.bn1.mean : tensor<2xf32> init(zeros) buffer = dense<[0.0349532962, -0.0649896264]> : tensor<2xf32>
  slice.param @stage2.block1.branch3.bn1.var : tensor<2xf32> init(ones) buffer = dense<[0.844924986, 0.901383221]> : tensor<2xf32>
  slice.param @stage2.block1.branch3.conv2.weight : tensor<2x2x3x3xf32> init(msra) = dense<[[[[0.654796183, 0.00536632538, -0.300564557], [0.129867449, 0.0678337961, 0.247035488], [0.472261786, -0.485253125, -0.174380556]], [[-0.337216675, -0.107584968, -0.225629777], [0.74922967, 0.49840346, 0.177074015], [0.94861418, -0.469462812, 0.12599349]]], [[[0.611968696, 0.568978727, 0.217733517], [-0.25541231, -0.524118304, 0.13106738], [-0.335973948, -0.229665741, -0.565065384]], [[-0.00108197494, -0.108784586, -0.13277927], [-0.409572691, -0.355085284, 0.368883193], [-2.424580e-01, 0.628387868, 0.659925222]]]]> : tensor<2x2x3x3xf32>
  slice.param @stage2.block1.branch3.bn2.scale : tensor<2xf32> init(ones) = dense<[1.00123286, 1.00028145]> : tensor<2xf32>
  slice.param @stage2.block1.branch3.bn2.bias : tensor<2xf32> init(zeros) = dense<[0.00114388694, -9.29952948E-4]> : tensor<2xf32>
  slice.param @stage2.block1.branch3.bn2.mean : tensor<2xf32> init(zeros) buffer = dense<[0.115748674, 0.00422913861]> : tensor<2xf32>
  slice.param @stage2.block1.branch3.bn2.var : tensor<2xf32> init(ones) buffer = dense<[0.997362136, 1.03194404]> : tensor<2xf32>
  slice.param @stage2.block1.branch3.conv3.weight : tensor<4x2x1x1xf32> init(msra) = dense<[[[[0.578854263]], [[-1.29385209]]], [[[1.6026541]], [[-2.38896132]]], [[[1.405393]], [[0.664919674]]], [[[-0.682049632]], [[0.206942514]]]]> : tensor<4x2x1x1xf32>
  slice.param @stage2.block1.branch4.conv1.weight : tensor<2x8x1x1xf32> init(msra) = dense<[[[[0.360990822]], [[-0.112198241]], [[0.0171583463]], [[-0.278920203]], [[0.462974191]], [[-0.261262089]], [[-0.0770606324]], [[0.485368788]]], [[[-0.370520055]], [[-0.644295036]], [[0.71636343]], [[0.172472566]], [[0.017530065]], [[1.20609176]], [[-2.452230e-01]], [[0.381268978]]]]> : tensor<2x8x1x1xf32>
  slice.param @stage2.block1.branch4.bn1.scale : tensor<2xf32> init(ones) = dense<[1.00043488, 0.999521434]> : tensor<2xf32>
  slice.param @stage2.block1.branch4.bn1.bias : tensor<2xf32> init(zeros) = dense<[0.00121551927, 7.799370e-04]> : tensor<2xf32>
  slice.param @stage2.block1.branch4.bn1.mean : tensor<2xf32> init(zeros) buffer = dense<[0.032203652, 0.0156929046]> : tensor<2xf32>
  slice.param @stage2.block1.branch4.bn1.var : tensor<2xf32> init(ones) buffer = dense<[0.847272038, 0.955001771]> : tensor<2xf32>
  slice.param @stage2.block1.branch4.conv2.weight : tensor<2x2x3x3xf32> init(msra) = dense<[[[[0.108306393, 0.0137825338, -0.362841547], [0.0469352156, -0.378966063, -0.0127098039], [0.10256201, 0.146710455, -0.36261639]], [[0.123049892, -0.132184952, 0.456566751], [-0.114014491, -0.0288141984, 0.0102310143], [0.141401604, 0.456509233, -0.299765319]]], [[[0.111388631, 0.212102249, 0.387067169], [0.109614566, -0.0200161971, -0.0490913466], [0.612780094, -0.34377569, 0.644062281]], [[0.254570931, -0.716370344, 6.199120e-02], [-0.0299272519, -0.22546041, -0.446055114], [0.157833248, 0.327429891, -0.0328043886]]]]> : tensor<2x2x3x3xf32>
  slice.param @stage2.block1.branch4.bn2.scale : tensor<2xf32> init(ones) = dense<[0.999778509, 1.00064099]> : tensor<2xf32>
  slice.param @stage2.block1.branch4.bn2.bias : tensor<2xf32> init(zeros) = dense<[0.00167884328, 6.85342936E-4]> : tensor<2xf32>
  slice.param @stage2.block1.branch4.bn2.mean : tensor<2xf32> init(zeros) buffer = dense<[-0.0107819205, 0.062960811]> : tensor<2xf32>
  slice.param @stage2.block1.branch4.bn2.var : tensor<2xf32> init(ones) buffer = dense<[0.886333644, 0.978400468]> : tensor<2xf32>
  slice.param @stage2.block1.branch4.conv3.weight : tensor<4x2x1x1xf32> init(msra) = dense<[[[[-0.61257112]], [[-0.457233369]]], [[[0.1385573]], [[-0.0871805846]]], [[[-1.48013186]], [[-1.65196693]]], [[[0.505051613]], [[-0.859999597]]]]> : tensor<4x2x1x1xf32>
  slice.param @stage3.block1.bn.scale : tensor<16xf32> init(ones) = dense<[1.00084221, 1.00353646, 1.0007472, 0.992124557, 0.999978303, 0.999978303, 0.999978303, 0.999978303, 1.00075316, 1.00045621, 1.00061858, 1.0007385, 0.999978303, 0.999978303, 0.999978303, 0.999978303]> : tensor<16xf32>
  slice.param @stage3.block1.bn.bias : tensor<16xf32> init(zeros) = dense<[0.00337080727, 0.0041944785, 0.00188533321, -0.00307093258, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 8.34846869E-4, 5.96519676E-4, 3.82130966E-4, 1.17210926E-4, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00]> : tensor<16xf32>
  slice.param @stage3.block1.bn.mean : tensor<16xf32> init(zeros) buffer = dense<[0.0409171619, -0.0306755044, -0.0942091271, -0.0410679504, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, -0.243533731, -0.0167502873, -0.102495119, -0.0587188527, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00]> : tensor<16xf32>
  slice.param @stage3.block1.bn.var : tensor<16xf32> init(ones) buffer = dense<[1.12773502, 1.18219972, 0.920408904, 0.910572946, 0.809999942, 0.809999942, 0.809999942, 0.809999942, 1.01486063, 1.3335073, 0.964077115, 0.869874417, 0.809999942, 0.809999942, 0.809999942, 0.809999942]> : tensor<16xf32>
  slice.param @stage3.block1.branch1.conv1.weight : tensor<4x8x1x1xf32> init(msra) = dense<[[[[-0.836202681]], [[-0.247251108]], [[0.144089237]], [[-0.116796494]], [[0.0512133092]], [[1.51044714]], [[0.00913720299]], [[0.0327369198]]], [[[0.636379718]], [[0.260055453]], [[-0.903958797]], [[-1.11416757]], [[0.463762164]], [[0.40173763]], [[-0.0764253885]], [[1.08624148]]], [[[-0.885986745]], [[-0.188102826]], [[0.26684323]], [[-0.295253813]], [[0.204739854]], [[-0.10741879]], [[0.530007482]], [[-0.172578737]]], [[[-0.0837879851]], [[-1.23265982]], [[0.111033343]], [[-0.100110449]], [[-0.167686537]], [[0.106154539]], [[-0.377027124]], [[0.0499617197]]]]> : tensor<4x8x1x1xf32>
  slice.param @stage3.block1.branch1.bn1.scale : tensor<4xf32> init(ones) = dense<[0.999458134, 1.00344121, 0.999110341, 0.997897922]> : tensor<4xf32>
  slice.param @stage3.block1.branch1.bn1.bias : tensor<4xf32> init(zeros) = dense<[5.50891331E-4, 0.00475858198, -0.00226614764, -0.0029270933]> : tensor<4xf32>
  slice.param @stage3.block1.branch1.bn1.mean : tensor<4xf32> init(zeros) buffer = dense<[-0.0790595561, -0.0859408304, -0.0820610076, -0.103137143]> : tensor<4xf32>
  slice.param @stage3.block1.branch1.bn1.var : tensor<4xf32> init(ones) buffer = dense<[0.839012801, 1.04089093, 0.83889085, 0.877831041]> : tensor<4xf32>
  slice.param @stage3.block1.branch1.conv2.weight : tensor<4x4x3x3xf32> init(msra) = dense<"0x03A8E43E0D97B23E9BDAD9BE85479C3CCC6085BE2C9F1D3FFDA556BED5CD3E3E7BF9BABEB922BFBECC0EB1BDD7E9923EC874443E06BDC4BC4A600F3F6E7B533EF0A33A3EDCC76D3DAD9C05BEDDE301BE873EAD3E276E733C8A4A873D163F853DB89ED3BE5B6A09BE29B1D1BD668EC1BD71615B3E71CE053E658EB23EB07C503EA9C0D83D327C253D878363BE523B8C3ED057333E9A44093E904D2ABE070001BDBD9EC13D3B42F33DC58F343D89F360BEE318CC3DF1F3283E9D60B53E63473FBE9522AD3EE697333D62417EBDB631FE3DF1B8173DE167103F9271A3BD1CA10DBF1D44883E84E360BE607132BDE483E6BD41D27ABE433083BECC519E3DCFA8F2BD61C3EC3D7BF60D3E88D4ED3EC20C19BD09B9C7BEFE37A3BEA8B820BE46DAD83DE191873E56F4ABBE0A25963E3B36C0BE625A7A3E66A916BEF96136BE0715E1BE01BFD8BDE0C00DBF90B7D5BE8D55BDBE8D372D3FF451C93D61520D3DC73B703EF7AA12BDD6674F3DC89A47BD65F9153FE58DFD3CB26A03BE4EB7DEBB307DDDBED05F6E3EEE9AA13E8FDACE3EFB1C04BE8277033E102AE33D675DB4BE2FD252BEBE3009BEB1AFB03D54BC35BE7EE5CABE87CE6D3DFA3469BE18B5E43D77408ABE3F5D92BE3A344ABE5BECA0BE33119A3D9F37303FD598823EC790D7BDDCDB9A3DF70A113EF2AC26BD81E788BC621D9F3C886E143F316740BE19B458BE435DAC3D18D9FFBC6FC9033E1199D5BD7F1EA1BE2DE7CF3E941E98BE84348C3DDE277E3BB772F53C34C74CBEA66312BBC5DAA3BE445B2BBE8DDA77BE601507BC9E183C3E"> : tensor<4x4x3x3xf32>
  slice.param @stage3.block1.branch1.bn2.scale : tensor<4xf32> init(ones) = dense<[0.999060809, 0.999788999, 1.00122225, 0.995973289]> : tensor<4xf32>
  slice.param @stage3.block1.branch1.bn2.bias : tensor<4xf32> init(zeros) = dense<[-5.49482706E-4, -7.3656108E-4, -3.39144499E-5, -0.00386958034]> : tensor<4xf32>
  slice.param @stage3.block1.branch1.bn2.mean : tensor<4xf32> init(zeros) buffer = dense<[0.13136512, -0.00135020516, -0.0924640819, -0.0640713498]> : tensor<4xf32>
  slice.param @stage3.block1.branch1.bn2.var : tensor<4xf32> init(ones) buffer = dense<[0.883225917, 0.850700259, 0.886039078, 0.878413856]> : tensor<4xf32>
  slice.param @stage3.block1.branch1.conv3.weight : tensor<8x4x1x1xf32> init(msra) = dense<[[[[0.791773378]], [[-0.301294714]], [[-0.185766637]], [[-1.31980419]]], [[[-0.450718701]], [[0.638030291]], [[0.59142673]], [[0.225478813]]], [[[0.269149572]], [[0.314793587]], [[0.190322325]], [[0.683671355]]], [[[-0.644181072]], [[2.0534029]], [[0.194012523]], [[1.02155757]]], [[[0.0521257408]], [[-0.041477859]], [[0.519231439]], [[-1.30182385]]], [[[0.696250319]], [[1.07402992]], [[0.559957206]], [[-1.0841403]]], [[[0.702254415]], [[0.0505124256]], [[-0.467408806]], [[-0.630667448]]], [[[-0.151345223]], [[0.957902729]], [[0.166686028]], [[0.522603691]]]]> : tensor<8x4x1x1xf32>
  slice.param @stage3.block1.branch2.conv1.weight : tensor<4x8x1x1xf32> init(msra) = dense<[[[[-0.212126017]], [[0.690594673]], [[0.158964038]], [[0.262855202]], [[-0.110832185]], [[0.352485985]], [[0.906915903]], [[0.272902519]]], [[[0.261849642]], [[0.287550151]], [[0.307602108]], [[0.26245296]], [[-0.555039704]], [[0.41390717]], [[0.28066808]], [[0.758587062]]], [[[-0.226230472]], [[0.389578551]], [[0.110637575]], [[-0.266916543]], [[-0.254290104]], [[-0.0979078188]], [[-0.39893958]], [[0.905130207]]], [[[-0.2369802]], [[-1.408730e-01]], [[-0.545212924]], [[0.654328048]], [[-0.838416278]], [[0.0406509154]], [[0.22416234]], [[1.0609591]]]]> : tensor<4x8x1x1xf32>
  slice.param @stage3.block1.branch2.bn1.scale : tensor<4xf32> init(ones) = dense<[1.00055802, 0.99858874, 1.00584495, 0.994918286]> : tensor<4xf32>
  slice.param @stage3.block1.branch2.bn1.bias : tensor<4xf32> init(zeros) = dense<[0.00123647065, -0.00118927471, 0.00540658552, -0.00244474458]> : tensor<4xf32>
  slice.param @stage3.block1.branch2.bn1.mean : tensor<4xf32> init(zeros) buffer = dense<[0.0713105351, 0.0857857689, 0.00222652592, -0.0215726718]> : tensor<4xf32>
  slice.param @stage3.block1.branch2.bn1.var : tensor<4xf32> init(ones) buffer = dense<[0.847430468, 0.824975252, 0.82331562, 0.8271932]> : tensor<4xf32>
  slice.param @stage3.block1.branch2.conv2.weight : tensor<4x4x3x3xf32> init(msra) = dense<"0x3D3E7BBE7B0E42BE479A0CBE77C1583D78E167BD47AE7B3E5E4149BE1C2F623DCD476EBEB9DA563DFAC4093EFD63B03D9E7C9F3E22E1933E2AB0A4BEFF6381BDB0DC54BEB974143E95A7C8BEBB123F3E220A0DBD25C5B73E132F143F22FA6BBE26EFB4BD3E7399BE22E05E3E7217B63C9A3FBABE305EFB3BBA88393E49EF903E8CA915BC818F85BE0135C8BEA31AB13EA149643DB441823EDEB6213EA278C8BCB140D3BDB90E6A3DC9C1253E8151F33D919CE7BD4C587FBEAD5E6B3EF990413DACF1B8BEDDB01ABEF76039BE0F7C8ABE65072A3EFDB7C83ED390863E1F968C3C11F696BEB49A4BBD13C280BD39048BBDD818ECBDA83160BD5F83053FB37097BE390286BE87B1D2BD4C448F3ECED5383C851A783E893924BDC3E3EF3DEB090E3D1F11183DB5AB943E2E8EDCBDEECC52BD8D2DA33E8249533CB3071D3EAFB9E83DED132F3E428AE63E18CF04BE07EB1EBECC629E3E811BC6BE92D72B3D3431723E759F09BEBBC7BF3ED6C9853E3E02FA3E6752C83E2D91D93CE4AF9C3D184A66BE716A90BC9E1F75BEEBEB9C3DD7F014BE63DD94BEEAF3813DD975F0BDF89D14BEE9EEAB3E80EB763EAFE90BBE7F06A23E46E5C93ECB15A5BDC08F81BE3ED5A3BC698FB73EA1101ABEF392BD3DB7D6DF3EEA77FF3DA5A4663EA34F9B3E92F8053EB8CA09BD65683CBE62E505BE07074E3ED2CB95BEAEE117BFFCB5D9BED7998BBE74CF06BE533620BE579AEABB2011CA3E9D25983E7E29A8BC6141563E7151AA3E32099A3ED592D53CB89660BE388191BC5AA021BFCE2E2EBE4AD68EBE2ED522BE"> : tensor<4x4x3x3xf32>
  slice.param @stage3.block1.branch2.bn2.scale : tensor<4xf32> init(ones) = dense<[1.00162637, 0.999703109, 1.00430417, 1.00012481]> : tensor<4xf32>
  slice.param @stage3.block1.branch2.bn2.bias : tensor<4xf32> init(zeros) = dense<[-2.28798192E-4, 1.83280965E-4, 0.00484331232, -8.14662314E-4]> : tensor<4xf32>
  slice.param @stage3.block1.branch2.bn2.mean : tensor<4xf32> init(zeros) buffer = dense<[0.00997909996, 0.00869051088, 0.162893474, -0.0296150893]> : tensor<4xf32>
  slice.param @stage3.block1.branch2.bn2.var : tensor<4xf32> init(ones) buffer = dense<[0.87559551, 0.876183748, 0.954668402, 1.01026261]> : tensor<4xf32>
  slice.param @stage3.block1.branch2.conv3.weight : tensor<8x4x1x1xf32> init(msra) = dense<[[[[-6.687900e-01]], [[0.517775595]], [[-1.58305109]], [[-0.119455472]]], [[[1.3247925]], [[-0.378723741]], [[0.0358019769]], [[0.737466335]]], [[[0.451246172]], [[-0.754958689]], [[-0.733577847]], [[0.997107088]]], [[[-0.0101407981]], [[0.266168833]], [[-0.984251081]], [[-0.113363504]]], [[[0.925846219]], [[-0.688369155]], [[-0.701955616]], [[0.412444979]]], [[[-0.931055307]], [[-0.526594758]], [[0.493926257]], [[0.760612726]]], [[[0.663065314]], [[0.505764186]], [[0.666831195]], [[-0.254068226]]], [[[0.131153807]], [[-0.338995278]], [[-0.0597766824]], [[0.362304896]]]]> : tensor<8x4x1x1xf32>
  slice.param @stage3.block1.branch3.conv1.weight : tensor<4x16x1x1xf32> init(msra) = dense<[[[[-0.85069561]], [[-0.420433819]], [[0.248820081]], [[-0.641045213]], [[0.251399606]], [[-0.161742195]], [[-0.273493558]], [[0.150081187]], [[-0.107465759]], [[0.201495096]], [[-0.50159806]], [[-0.296049535]], [[0.0536323451]], [[0.385414124]], [[0.58535248]], [[-0.430058032]]], [[[-0.189694509]], [[0.0320199244]], [[0.193882212]], [[-0.768091559]], [[0.218377829]], [[-0.388851702]], [[0.265425533]], [[-0.562323272]], [[-0.260979652]], [[0.0241876449]], [[-0.00700952671]], [[0.296305984]], [[-0.319831282]], [[0.174275249]], [[0.593988299]], [[-0.147408038]]], [[[0.182302147]], [[3.921090e-01]], [[0.267121702]], [[0.445697337]], [[-0.181508377]], [[-0.110870861]], [[-0.133653209]], [[0.270358354]], [[-0.121288538]], [[-0.058293771]], [[0.855002939]], [[-0.439599484]], [[4.366930e-01]], [[0.479112595]], [[-0.0781810731]], [[0.217203021]]], [[[-0.0168519318]], [[0.173861638]], [[-0.645626842]], [[0.754228651]], [[0.0420225114]], [[-0.325980097]], [[-0.231915116]], [[-0.705162644]], [[0.700376033]], [[0.185950816]], [[0.37649405]], [[-0.138983428]], [[0.418608487]], [[0.164032206]], [[0.0585403033]], [[0.16076979]]]]> : tensor<4x16x1x1xf32>
  slice.param @stage3.block1.branch3.bn1.scale : tensor<4xf32> init(ones) = dense<[0.999342739, 1.00125897, 0.99998033, 0.999331295]> : tensor<4xf32>
  slice.param @stage3.block1.branch3.bn1.bias : tensor<4xf32> init(zeros) = dense<[-3.84123327E-4, 0.00140095479, -5.98933664E-4, -3.93239228E-4]> : tensor<4xf32>
  slice.param @stage3.block1.branch3.bn1.mean : tensor<4xf32> init(zeros) buffer = dense<[-0.17785427, -0.0500420034, 1.126280e-01, 0.103939578]> : tensor<4xf32>
  slice.param @stage3.block1.branch3.bn1.var : tensor<4xf32> init(ones) buffer = dense<[0.855507552, 0.828652143, 0.909772455, 0.837192475]> : tensor<4xf32>
  slice.param @stage3.block1.branch3.conv2.weight : tensor<4x4x3x3xf32> init(msra) = dense<"0xC0058BBDD8AE35BD2F2F77BE5E7E8B3ED898A03C9F5DBA3EB1EB09397D93293E8628BD3E9015F8BE91BB6EBE0CD7F3BE71DAA23EF2F55C3E1557803E8BFE093E001AD0BE5134813E853FCCBDC61B87BEEFC864BE00257CBE83F5D0BD79B19D3DBB16DB3BC5C3E33D6459BEBA2D93C2BEBF99CFBE941BD33DC879393D22F07C3D9E409D3EA2FD703DAEF327BE3A16073E1BA401BE0F7A523E2036BD3D7AB0163E1CC963BD9D73ADBDEF8C9ABEF110DB3D950B11BEA978BC3D24880FBEEDC753BD2A9B433B4F616DBD9395943E7AC3C2BCB93A973EF78EF63EF804673EB83E00BE15F8B7BE11D8C1BDC8D1083DCB7C11BD5ECB2DBE9D22A33E9CD8A83D4B8A2F3ED5BD8B3EC40FD23DE923FBBEAA0A6EBE458B52BE2AD8C23E82B0EB3D2D54FC3D6893E43E0986173EF4FF6ABDCFC5913C595DC33ECB0384BE7766BE3EB63B0DBF231DF8BD44A6D53ED57D033F358CF2BDE0FB08BEA0464A3E7CD6A73D1DCB623EA404053E183BFDBDFF7BF9BD2B0BD5BE57A9C53ED47783BE5D5FA43D845D9F3EA316F2BD45487BBE2942F43D35907FBE19F5103F92BE58BE55337FBE903778BE13D7933C980AB5BE3BDA513D326A3EBED57F73BEFB9F1C3B94CDDBBD21A4123E7C018DBD504CA33E839A1E3EC8F6973EC6A006BEC95E17BE23D644BD23ED0D3F61C6CABD8D4DB7BD6F319D3ED2AE59BCBCF2593E4C0EFABD104E06BF59268C3E2FE2603E4324B8BD1345683D13968CBEA532ADBD868BE63E1FBF2F3E6C122D3EFFCAF33D1CF2943CB4C9D63D55B03CBED0BE7EBCA60AF4BD6B000CBF588E8CBE"> : tensor<4x4x3x3xf32>
  slice.param @stage3.block1.branch3.bn2.scale : tensor<4xf32> init(ones) = dense<[0.999856889, 0.99995172, 0.999346673, 0.999723553]> : tensor<4xf32>
  slice.param @stage3.block1.branch3.bn2.bias : tensor<4xf32> init(zeros) = dense<[-3.29335366E-4, -7.83883443E-5, 4.77384965E-5, 3.66611785E-4]> : tensor<4xf32>
  slice.param @stage3.block1.branch3.bn2.mean : tensor<4xf32> init(zeros) buffer = dense<[-0.0201133117, 0.0395966396, 0.0426283106, 0.019110214]> : tensor<4xf32>
  slice.param @stage3.block1.branch3.bn2.var : tensor<4xf32> init(ones) buffer = dense<[0.948811829, 0.913514376, 1.02641046, 0.926430941]> : tensor<4xf32>
  slice.param @stage3.block1.branch3.conv3.weight : tensor<8x4x1x1xf32> init(msra) = dense<[[[[0.38493672]], [[-1.5020982]], [[-0.17871803]], [[-0.442111701]]], [[[0.743539095]], [[0.118792579]], [[1.37507379]], [[0.778375626]]], [[[0.320159644]], [[2.545390e-01]], [[-0.377438068]], [[-5.485610e-01]]], [[[0.834368407]], [[1.355560e-01]], [[-0.782503902]], [[-0.288463354]]], [[[-1.17850053]], [[0.346240729]], [[-0.486291677]], [[-1.91574013]]], [[[0.044574976]], [[0.4812738]], [[-0.847584307]], [[0.149526238]]], [[[-0.635114312]], [[-0.256955266]], [[0.565957487]], [[0.265612632]]], [[[-0.134284183]], [[-1.15432739]], [[-1.12501717]], [[-0.941502094]]]]> : tensor<8x4x1x1xf32>
  slice.param @stage3.block1.branch4.conv1.weight : tensor<4x16x1x1xf32> init(msra) = dense<[[[[0.248160154]], [[-5.238210e-01]], [[0.00343635748]], [[0.296612412]], [[-0.133443803]], [[-0.32755062]], [[0.779851675]], [[0.444028795]], [[0.073770523]], [[-0.279685557]], [[-0.102765337]], [[0.688947916]], [[-0.194694117]], [[0.224115729]], [[-0.60009855]], [[0.475927144]]], [[[-0.142412484]], [[0.610546052]], [[-0.387747765]], [[-0.172705829]], [[-0.385934949]], [[0.175775126]], [[0.417868048]], [[0.226390287]], [[-0.0870827212]], [[-0.721026182]], [[0.431113243]], [[-0.189216867]], [[0.198948562]], [[0.189585805]], [[-0.449362636]], [[0.0501858518]]], [[[0.710692525]], [[0.443527967]], [[0.135690242]], [[-0.0506290831]], [[0.141401947]], [[0.674882829]], [[-0.214693427]], [[-0.104801483]], [[-0.0535364859]], [[-0.501452446]], [[-0.242417693]], [[0.244914263]], [[-0.903251767]], [[0.273319662]], [[0.030028373]], [[-0.0848559364]]], [[[0.237625077]], [[-0.091932483]], [[-0.21958971]], [[-0.284271479]], [[-0.186437488]], [[0.172934905]], [[0.0199357551]], [[-4.60811803E-4]], [[-0.00968041737]], [[0.256156296]], [[-0.534547687]], [[0.0671428815]], [[-0.564192653]], [[-0.101246439]], [[-0.29362604]], [[0.00727724796]]]]> : tensor<4x16x1x1xf32>
  slice.param @stage3.block1.branch4.bn1.scale : tensor<4xf32> init(ones) = dense<[0.999997556, 0.999497532, 0.999807357, 1.00061071]> : tensor<4xf32>
  slice.param @stage3.block1.branch4.bn1.bias : tensor<4xf32> init(zeros) = dense<[-2.78798689E-4, -3.26409296E-4, 3.3610189E-4, 5.37861546E-4]> : tensor<4xf32>
  slice.param @stage3.block1.branch4.bn1.mean : tensor<4xf32> init(zeros) buffer = dense<[0.0303569511, -0.0483727455, 0.055297561, -0.0434430763]> : tensor<4xf32>
  slice.param @stage3.block1.branch4.bn1.var : tensor<4xf32> init(ones) buffer = dense<[0.880177497, 0.889051199, 0.856051385, 0.841800332]> : tensor<4xf32>
  slice.param @stage3.block1.branch4.conv2.weight : tensor<4x4x3x3xf32> init(msra) = dense<"0x263739BB0F04B3BD4FA081BD37D3F43EC4A590BED29C85BE9246F9BD7541DE3D55481ABEDA8B383CCF1AC3BD851B9DBDC971133EB9038E3E268534BEB42409BFE38B67BE9FFA343E68B03E3E60B6FE3EB931063D6BC5A73E8CDADE3D965813BE9A54093E2438843E21474ABC69D6263DA8D7D5BD21E7A1BDD3AEC6BC461B5CBE6D575A3DC1DC903CC8D36E3D916D33BD212E87BEA514DABCC4B9FABE35256A3E89C51B3E839194BEE816273DB064203D33E401BE29830DBE14FE99BE6ACC6CBB4C05343EC65EBCBE09BBAEBE43AAFC3CAFBD60BE2685053D62A84E3D595A993D8BBF1DBD9187333E55F629BE816D1A3D9964353E053A673D406CF83DA14C5A3E646F93BD53ED893DBFC47CBDDE6E5E3EEC1201BE8883B13D457A84BEC5F8B5BD4D4CE03CB84F8ABD559BD2BE8B72DB3E8ADB1ABEB4E62FBE24EC66BE0A0891BDAB2A963D76A9943DAE2A6ABB64B1893EB692263EDD47813D5E0608BE7CD001BD0DFE763C85083F3E634220BE0BBD23BEC287FABE6EEB9E3E9E68343E67DFB3BE33D053BE7CA24A3E39F60F3EAE6FF7BE18F77ABE10898C3E56A188BCBF62AD3B3E6B36BEBB9CE33C7E4A20BE12F4B4BED687823EC4F105BE525980BE148C8CBD973D3A3E41428DBE881F3DBEE0D729BCB0BD66BD29E59FBDB85E923D82AD293E8C105A3E4F0BF9BB7C61FFBD8E2316BEAA50CE3EDB179BBC28000DBF511AAEBE1F2CCABDB62EB2BDA6005EBE7329C93E2C8274BD9FF8E9BDE83E4ABEF867F63C36AC51BD4D58DD3E4C49963EE49622BE4A470A3D06CF403E67B789BD20436ABD"> : tensor<4x4x3x3xf32>
  slice.param @stage3.block1.branch4.bn2.scale : tensor<4xf32> init(ones) = dense<[0.998438596, 1.0002135, 0.999822199, 0.99998784]> : tensor<4xf32>
  slice.param @stage3.block1.branch4.bn2.bias : tensor<4xf32> init(zeros) = dense<[-0.00124417676, 2.71959114E-4, -2.58191401E-4, -1.47383922E-4]> : tensor<4xf32>
  slice.param @stage3.block1.branch4.bn2.mean : tensor<4xf32> init(zeros) buffer = dense<[0.00913380645, -0.0976524949, -0.100282624, -0.0454051271]> : tensor<4xf32>
  slice.param @stage3.block1.branch4.bn2.var : tensor<4xf32> init(ones) buffer = dense<[0.887567698, 0.866354286, 0.897423148, 0.898379683]> : tensor<4xf32>
  slice.param @stage3.block1.branch4.conv3.weight : tensor<8x4x1x1xf32> init(msra) = dense<[[[[0.0297954585]], [[-1.0103873]], [[-1.06378222]], [[0.462062299]]], [[[-1.3313731]], [[0.290871859]], [[-0.106947862]], [[0.475669503]]], [[[-0.206459567]], [[0.233485296]], [[-0.20397231]], [[-0.316402078]]], [[[1.07013178]], [[0.0253518894]], [[0.248521104]], [[-0.264785796]]], [[[-0.476243407]], [[-0.265133351]], [[-0.777098596]], [[0.994350969]]], [[[0.594121873]], [[-0.577830136]], [[0.027798105]], [[0.502911568]]], [[[0.808085858]], [[-0.292995393]], [[-0.642561256]], [[-0.437197477]]], [[[-4.707560e-02]], [[0.207801938]], [[-0.764564454]], [[-0.403288424]]]]> : tensor<8x4x1x1xf32>
  slice.param @head.bn.scale : tensor<16xf32> init(ones) = dense<[0.998770236, 0.999531328, 9.985880e-01, 9.976620e-01, 0.996729552, 0.999272882, 1.00085163, 0.999100327, 1.00092471, 0.999015331, 0.997808277, 0.99682182, 0.997495234, 1.00035274, 0.998977839, 1.00086164]> : tensor<16xf32>
  slice.param @head.bn.scale.subnet1 : tensor<8xf32> init(ones) = dense<[0.998706281, 0.99855715, 0.993427872, 0.995024859, 1.00024331, 1.00115645, 0.99741429, 1.00361419]> : tensor<8xf32>
  slice.param @head.bn.bias : tensor<16xf32> init(zeros) = dense<[-0.00298515637, -5.65926603E-4, -0.00321119884, -0.00215620524, -0.00474213948, -2.95829697E-4, 0.0011461674, -8.0716837E-4, 0.00125626579, -4.13673726E-4, -0.00263969251, -0.00395836867, -0.00529438211, 1.17599659E-4, -9.56213218E-4, 0.00120686914]> : tensor<16xf32>
  slice.param @head.bn.bias.subnet1 : tensor<8xf32> init(zeros) = dense<[-0.00272545125, -0.00203019357, -0.00695140613, -0.00514799776, -6.387160e-04, 6.26568217E-5, -0.0043733567, 0.00390666397]> : tensor<8xf32>
  slice.param @head.bn.mean : tensor<16xf32> init(zeros) buffer = dense<[-0.175109327, 0.170534849, 0.0116730928, 0.0977256521, -0.0675810426, 0.07654953, 0.0942426547, 0.120519742, -4.883510e-01, 0.152226701, -0.164520159, 0.0132061215, -0.271474361, 0.0253123157, -0.0484787896, -0.315313786]> : tensor<16xf32>
  slice.param @head.bn.mean.subnet1 : tensor<8xf32> init(zeros) buffer = dense<[-0.175109327, 0.170534849, 0.0116730928, 0.0977256521, -0.0675810426, 0.07654953, 0.0942426547, 0.120519742]> : tensor<8xf32>
  slice.param @head.bn.var : tensor<16xf32> init(ones) buffer = dense<[1.45628047, 1.70227754, 1.21433902, 1.30021274, 1.08257711, 1.12810934, 0.991612374, 0.936989367, 1.40376496, 2.1286912, 1.0006541, 1.00433731, 1.235540e+00, 0.942535042, 9.264820e-01, 1.14460576]> : tensor<16xf32>
  slice.param @head.bn.var.subnet1 : tensor<8xf32> init(ones) buffer = dense<[1.45628047, 1.70227754, 1.21433902, 1.30021274, 1.08257711, 1.12810934, 0.991612374, 0.936989367]> : tensor<8xf32>
  slice.param @head.fc.weight : tensor<10x16xf32> init(uniform) = dense<"0x0511203E482F533E0F4C61BE12D545BECFA19E3DBE1F5B3EF402AE3D8E520BBE0E456C3BD5F2DC3DF516993D3E9978BE97B280BDDA6E323EFFD1163E024D35BD6E45623E26CA26BE6C7B4ABEED200F3D932111BE5AF67C3E3EFA7F3D836080BD60D859BE1E9461BEA971123E831807BE1D85433E4E8291BD602923BE55D0043DA0520C3ECEAC5D3E06AB123EAE5D133CC45F1FBEA20EF6BD277C46BE4716D43DD2B71EBE512FDE3CAF7240BEDEAA253EC2A513BA061FEBBD4169F83CB696ACBDD869F63DD2F64ABEE6DC473E479394BD5EFE3F3E2ECF64BE169F333DA744333D3C21633EA600053E4413F3BDC8F4623D509725BD311D3EBEF511A23D6CDB1FBEB6B6783E0AA5DB3DC3A0E3BDCEDD323E33D64FBE70752E3CB80871BE03A9213E54E32C3EE225713DB262EEBD25F23D3EED0067BE1017C8BD6ED93BBD0ED164BEFEBD4DBE2C15DF3D08B8D0BD648D45BCDD773FBEFD090C3EFF7F553E2700EB3D0ABC693D12D335BE9009B3BD355123BE168744BEB951493DDC93B23D89A4023E58BBBEBD04DB4C3D820B3CBE23ED123C566172BE67DFBC3CA030CABCADC1893D1F8B083E2AA1FEBDF7262E3D4557A7BD0F873A3E265A65BEC6D43A3E46B52FBDE662293DD371403E8E903E3E017E573E469CFA3DDA213A3E792336BE00DA2EBC2624323ED20A5F3DBFB81BBD6BB44BBE018C0ABE434696BDA9F501BE659E8E3D8DDCE53D80C3153E37B9873DCED0B03C7890843DA40A0A3E25332D3D8327253E2FAA50BEEF93AEBC0E07943D1C60223E5DCC383E792DFE3D8B37403EB36BA93D9A2F61BC2245B8BBB5B8DFBB5E2BA73DD93C073B2EE66EBE1E671DBCAE2957BDBADC6EBD5D732D3E76F84D3E6F361F3D9F7332BE4ABD2D3E5E51C9BDDE3FF0BD"> : tensor<10x16xf32>
  slice.param @head.fc.weight.subnet1 : tensor<10x8xf32> init(uniform) = dense<[[0.246887788, -0.332188576, -0.00504282536, 0.283873171, -0.308995098, -0.212815508, -0.256983548, 0.15047951], [2.877780e-01, 0.0399863049, 0.11409764, -0.00290256343, -0.178558037, -0.0330397636, 0.173202932, 0.292773426], [7.081150e-02, -0.186455384, 0.238580853, -0.163855046, 0.0511361286, -0.0456738435, -0.0627645627, 0.216052964], [0.308677584, -0.182196796, 0.00627827784, 0.298584342, 0.148465008, -0.256382614, 0.267223686, -0.0421813875], [-0.353929043, 0.109666795, 0.223191589, 0.320294112, -0.339128047, -0.0613221116, 0.272030622, 6.595630e-02], [-0.233499676, -0.104028985, -0.209539101, -0.15887253, 0.0562900715, 0.0675817952, 0.252996981, 0.329606831], [0.130204082, 0.0590260215, -0.0201327279, -0.217887431, 0.0382237248, -0.301098228, -0.184513226, -0.259894967], [-0.243525207, 0.0183307678, -0.049290888, -0.178774446, 0.15553087, -0.157128409, 0.0119612617, 0.0720046386], [-0.0345394388, -0.294067681, 0.315669179, -0.299213231, 0.00870663486, -0.100580633, 0.155251503, -0.0438351035], [0.3116889, 0.0746135041, -0.240090251, -0.0792760849, -0.263595164, 0.274689972, 0.166676283, -0.0607684255]]> : tensor<10x8xf32>
  slice.param @head.fc.bias : tensor<10xf32> init(zeros) = dense<[0.00517514767, -0.00189474318, 0.00695937267, -6.259990e-03, -0.00429516239, 0.026774412, 0.00153376546, -0.0050640488, -0.023741072, 8.12315382E-4]> : tensor<10xf32>
  slice.param @head.fc.bias.subnet1 : tensor<10xf32> init(zeros) = dense<[0.0103931129, -0.0131888129, 0.0035511395, -0.0113412235, -8.816910e-03, 0.0236476623, 0.00383564713, 0.00122514612, -6.832660e-03, -0.00247310405]> : tensor<10xf32>
  func.func @forward(%arg0: tensor<?x1x28x28xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %0 = slice.get_param @stem.weight : tensor<4x1x3x3xf32>
    %1 = slice.conv2d %arg0, %0 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<4x1x3x3xf32>
    %2 = slice.get_param @stage1.block1.bn.scale : tensor<4xf32>
    %3 = slice.get_param @stage1.block1.bn.bias : tensor<4xf32>
    %4 = slice.get_param @stage1.block1.bn.mean : tensor<4xf32>
    %5 = slice.get_param @stage1.block1.bn.var : tensor<4xf32>
    %6 = slice.batch_norm %1, %2, %3, %4, %5 : tensor<?x4x28x28xf32>, tensor<4xf32>
    %7 = slice.relu %6 : tensor<?x4x28x28xf32>
    %8 = slice.block add(%7 : tensor<?x4x28x28xf32>) residual(%1 : tensor<?x4x28x28xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 2, 2>} {
    ^bb0(%arg1: tensor<?x4x28x28xf32>):
      %29 = slice.channel_slice %arg1 {offset = 0 : i64, size = 2 : i64} : tensor<?x4x28x28xf32>
      %30 = slice.get_param @stage1.block1.branch1.conv1.weight : tensor<1x2x1x1xf32>
      %31 = slice.conv2d %29, %30 : tensor<?x2x28x28xf32>, tensor<1x2x1x1xf32>
      %32 = slice.get_param @stage1.block1.branch1.bn1.scale : tensor<1xf32>
      %33 = slice.get_param @stage1.block1.branch1.bn1.bias : tensor<1xf32>
      %34 = slice.get_param @stage1.block1.branch1.bn1.mean : tensor<1xf32>
      %35 = slice.get_param @stage1.block1.branch1.bn1.var : tensor<1xf32>
      %36 = slice.batch_norm %31, %32, %33, %34, %35 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %37 = slice.relu %36 : tensor<?x1x28x28xf32>
      %38 = slice.get_param @stage1.block1.branch1.conv2.weight : tensor<1x1x3x3xf32>
      %39 = slice.conv2d %37, %38 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
      %40 = slice.get_param @stage1.block1.branch1.bn2.scale : tensor<1xf32>
      %41 = slice.get_param @stage1.block1.branch1.bn2.bias : tensor<1xf32>
      %42 = slice.get_param @stage1.block1.branch1.bn2.mean : tensor<1xf32>
      %43 = slice.get_param @stage1.block1.branch1.bn2.var : tensor<1xf32>
      %44 = slice.batch_norm %39, %40, %41, %42, %43 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %45 = slice.relu %44 : tensor<?x1x28x28xf32>
      %46 = slice.get_param @stage1.block1.branch1.conv3.weight : tensor<2x1x1x1xf32>
      %47 = slice.conv2d %45, %46 : tensor<?x1x28x28xf32>, tensor<2x1x1x1xf32>
      slice.yield %47 : tensor<?x2x28x28xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x28x28xf32>):
      %29 = slice.channel_slice %arg1 {offset = 0 : i64, size = 2 : i64} : tensor<?x4x28x28xf32>
      %30 = slice.get_param @stage1.block1.branch2.conv1.weight : tensor<1x2x1x1xf32>
      %31 = slice.conv2d %29, %30 : tensor<?x2x28x28xf32>, tensor<1x2x1x1xf32>
      %32 = slice.get_param @stage1.block1.branch2.bn1.scale : tensor<1xf32>
      %33 = slice.get_param @stage1.block1.branch2.bn1.bias : tensor<1xf32>
      %34 = slice.get_param @stage1.block1.branch2.bn1.mean : tensor<1xf32>
      %35 = slice.get_param @stage1.block1.branch2.bn1.var : tensor<1xf32>
      %36 = slice.batch_norm %31, %32, %33, %34, %35 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %37 = slice.relu %36 : tensor<?x1x28x28xf32>
      %38 = slice.get_param @stage1.block1.branch2.conv2.weight : tensor<1x1x3x3xf32>
      %39 = slice.conv2d %37, %38 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
      %40 = slice.get_param @stage1.block1.branch2.bn2.scale : tensor<1xf32>
      %41 = slice.get_param @stage1.block1.branch2.bn2.bias : tensor<1xf32>
      %42 = slice.get_param @stage1.block1.branch2.bn2.mean : tensor<1xf32>
      %43 = slice.get_param @stage1.block1.branch2.bn2.var : tensor<1xf32>
      %44 = slice.batch_norm %39, %40, %41, %42, %43 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %45 = slice.relu %44 : tensor<?x1x28x28xf32>
      %46 = slice.get_param @stage1.block1.branch2.conv3.weight : tensor<2x1x1x1xf32>
      %47 = slice.conv2d %45, %46 : tensor<?x1x28x28xf32>, tensor<2x1x1x1xf32>
      slice.yield %47 : tensor<?x2x28x28xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x28x28xf32>):
      %29 = slice.get_param @stage1.block1.branch3.conv1.weight : tensor<1x4x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x4x28x28xf32>, tensor<1x4x1x1xf32>
      %31 = slice.get_param @stage1.block1.branch3.bn1.scale : tensor<1xf32>
      %32 = slice.get_param @stage1.block1.branch3.bn1.bias : tensor<1xf32>
      %33 = slice.get_param @stage1.block1.branch3.bn1.mean : tensor<1xf32>
      %34 = slice.get_param @stage1.block1.branch3.bn1.var : tensor<1xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %36 = slice.relu %35 : tensor<?x1x28x28xf32>
      %37 = slice.get_param @stage1.block1.branch3.conv2.weight : tensor<1x1x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
      %39 = slice.get_param @stage1.block1.branch3.bn2.scale : tensor<1xf32>
      %40 = slice.get_param @stage1.block1.branch3.bn2.bias : tensor<1xf32>
      %41 = slice.get_param @stage1.block1.branch3.bn2.mean : tensor<1xf32>
      %42 = slice.get_param @stage1.block1.branch3.bn2.var : tensor<1xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %44 = slice.relu %43 : tensor<?x1x28x28xf32>
      %45 = slice.get_param @stage1.block1.branch3.conv3.weight : tensor<2x1x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x1x28x28xf32>, tensor<2x1x1x1xf32>
      slice.yield %46 : tensor<?x2x28x28xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x28x28xf32>):
      %29 = slice.get_param @stage1.block1.branch4.conv1.weight : tensor<1x4x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x4x28x28xf32>, tensor<1x4x1x1xf32>
      %31 = slice.get_param @stage1.block1.branch4.bn1.scale : tensor<1xf32>
      %32 = slice.get_param @stage1.block1.branch4.bn1.bias : tensor<1xf32>
      %33 = slice.get_param @stage1.block1.branch4.bn1.mean : tensor<1xf32>
      %34 = slice.get_param @stage1.block1.branch4.bn1.var : tensor<1xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %36 = slice.relu %35 : tensor<?x1x28x28xf32>
      %37 = slice.get_param @stage1.block1.branch4.conv2.weight : tensor<1x1x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
      %39 = slice.get_param @stage1.block1.branch4.bn2.scale : tensor<1xf32>
      %40 = slice.get_param @stage1.block1.branch4.bn2.bias : tensor<1xf32>
      %41 = slice.get_param @stage1.block1.branch4.bn2.mean : tensor<1xf32>
      %42 = slice.get_param @stage1.block1.branch4.bn2.var : tensor<1xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %44 = slice.relu %43 : tensor<?x1x28x28xf32>
      %45 = slice.get_param @stage1.block1.branch4.conv3.weight : tensor<2x1x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x1x28x28xf32>, tensor<2x1x1x1xf32>
      slice.yield %46 : tensor<?x2x28x28xf32>
    }
    %9 = slice.avg_pool %8 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x28x28xf32>
    %10 = slice.pad_channels %9 {groups = array<i64: 2, 2>, pads = array<i64: 2, 2>} : tensor<?x4x14x14xf32>
    %11 = slice.get_param @stage2.block1.bn.scale : tensor<8xf32>
    %12 = slice.get_param @stage2.block1.bn.bias : tensor<8xf32>
    %13 = slice.get_param @stage2.block1.bn.mean : tensor<8xf32>
    %14 = slice.get_param @stage2.block1.bn.var : tensor<8xf32>
    %15 = slice.batch_norm %10, %11, %12, %13, %14 : tensor<?x8x14x14xf32>, tensor<8xf32>
    %16 = slice.relu %15 : tensor<?x8x14x14xf32>
    %17 = slice.block add(%16 : tensor<?x8x14x14xf32>) residual(%10 : tensor<?x8x14x14xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 4, 4>} {
    ^bb0(%arg1: tensor<?x8x14x14xf32>):
      %29 = slice.channel_slice %arg1 {offset = 0 : i64, size = 4 : i64} : tensor<?x8x14x14xf32>
      %30 = slice.get_param @stage2.block1.branch1.conv1.weight : tensor<2x4x1x1xf32>
      %31 = slice.conv2d %29, %30 : tensor<?x4x14x14xf32>, tensor<2x4x1x1xf32>
      %32 = slice.get_param @stage2.block1.branch1.bn1.scale : tensor<2xf32>
      %33 = slice.get_param @stage2.block1.branch1.bn1.bias : tensor<2xf32>
      %34 = slice.get_param @stage2.block1.branch1.bn1.mean : tensor<2xf32>
      %35 = slice.get_param @stage2.block1.branch1.bn1.var : tensor<2xf32>
      %36 = slice.batch_norm %31, %32, %33, %34, %35 : tensor<?x2x14x14xf32>, tensor<2xf32>
      %37 = slice.relu %36 : tensor<?x2x14x14xf32>
      %38 = slice.get_param @stage2.block1.branch1.conv2.weight : tensor<2x2x3x3xf32>
      %39 = slice.conv2d %37, %38 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
      %40 = slice.get_param @stage2.block1.branch1.bn2.scale : tensor<2xf32>
      %41 = slice.get_param @stage2.block1.branch1.bn2.bias : tensor<2xf32>
      %42 = slice.get_param @stage2.block1.branch1.bn2.mean : tensor<2xf32>
      %43 = slice.get_param @stage2.block1.branch1.bn2.var : tensor<2xf32>
      %44 = slice.batch_norm %39, %40, %41, %42, %43 : tensor<?x2x14x14xf32>, tensor<2xf32>
      %45 = slice.relu %44 : tensor<?x2x14x14xf32>
      %46 = slice.get_param @stage2.block1.branch1.conv3.weight : tensor<4x2x1x1xf32>
      %47 = slice.conv2d %45, %46 : tensor<?x2x14x14xf32>, tensor<4x2x1x1xf32>
      slice.yield %47 : tensor<?x4x14x14xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x14x14xf32>):
      %29 = slice.channel_slice %arg1 {offset = 0 : i64, size = 4 : i64} : tensor<?x8x14x14xf32>
      %30 = slice.get_param @stage2.block1.branch2.conv1.weight : tensor<2x4x1x1xf32>
      %31 = slice.conv2d %29, %30 : tensor<?x4x14x14xf32>, tensor<2x4x1x1xf32>
      %32 = slice.get_param @stage2.block1.branch2.bn1.scale : tensor<2xf32>
      %33 = slice.get_param @stage2.block1.branch2.bn1.bias : tensor<2xf32>
      %34 = slice.get_param @stage2.block1.branch2.bn1.mean : tensor<2xf32>
      %35 = slice.get_param @stage2.block1.branch2.bn1.var : tensor<2xf32>
      %36 = slice.batch_norm %31, %32, %33, %34, %35 : tensor<?x2x14x14xf32>, tensor<2xf32>
      %37 = slice.relu %36 : tensor<?x2x14x14xf32>
      %38 = slice.get_param @stage2.block1.branch2.conv2.weight : tensor<2x2x3x3xf32>
      %39 = slice.conv2d %37, %38 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
      %40 = slice.get_param @stage2.block1.branch2.bn2.scale : tensor<2xf32>
      %41 = slice.get_param @stage2.block1.branch2.bn2.bias : tensor<2xf32>
      %42 = slice.get_param @stage2.block1.branch2.bn2.mean : tensor<2xf32>
      %43 = slice.get_param @stage2.block1.branch2.bn2.var : tensor<2xf32>
      %44 = slice.batch_norm %39, %40, %41, %42, %43 : tensor<?x2x14x14xf32>, tensor<2xf32>
      %45 = slice.relu %44 : tensor<?x2x14x14xf32>
      %46 = slice.get_param @stage2.block1.branch2.conv3.weight : tensor<4x2x1x1xf32>
      %47 = slice.conv2d %45, %46 : tensor<?x2x14x14xf32>, tensor<4x2x1x1xf32>
      slice.yield %47 : tensor<?x4x14x14xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x14x14xf32>):
      %29 = slice.get_param @stage2.block1.branch3.conv1.weight : tensor<2x8x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x8x14x14xf32>, tensor<2x8x1x1xf32>
      %31 = slice.get_param @stage2.block1.branch3.bn1.scale : tensor<2xf32>
      %32 = slice.get_param @stage2.block1.branch3.bn1.bias : tensor<2xf32>
      %33 = slice.get_param @stage2.block1.branch3.bn1.mean : tensor<2xf32>
      %34 = slice.get_param @stage2.block1.branch3.bn1.var : tensor<2xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x2x14x14xf32>, tensor<2xf32>
      %36 = slice.relu %35 : tensor<?x2x14x14xf32>
      %37 = slice.get_param @stage2.block1.branch3.conv2.weight : tensor<2x2x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
      %39 = slice.get_param @stage2.block1.branch3.bn2.scale : tensor<2xf32>
      %40 = slice.get_param @stage2.block1.branch3.bn2.bias : tensor<2xf32>
      %41 = slice.get_param @stage2.block1.branch3.bn2.mean : tensor<2xf32>
      %42 = slice.get_param @stage2.block1.branch3.bn2.var : tensor<2xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x2x14x14xf32>, tensor<2xf32>
      %44 = slice.relu %43 : tensor<?x2x14x14xf32>
      %45 = slice.get_param @stage2.block1.branch3.conv3.weight : tensor<4x2x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x2x14x14xf32>, tensor<4x2x1x1xf32>
      slice.yield %46 : tensor<?x4x14x14xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x14x14xf32>):
      %29 = slice.get_param @stage2.block1.branch4.conv1.weight : tensor<2x8x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x8x14x14xf32>, tensor<2x8x1x1xf32>
      %31 = slice.get_param @stage2.block1.branch4.bn1.scale : tensor<2xf32>
      %32 = slice.get_param @stage2.block1.branch4.bn1.bias : tensor<2xf32>
      %33 = slice.get_param @stage2.block1.branch4.bn1.mean : tensor<2xf32>
      %34 = slice.get_param @stage2.block1.branch4.bn1.var : tensor<2xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x2x14x14xf32>, tensor<2xf32>
      %36 = slice.relu %35 : tensor<?x2x14x14xf32>
      %37 = slice.get_param @stage2.block1.branch4.conv2.weight : tensor<2x2x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
      %39 = slice.get_param @stage2.block1.branch4.bn2.scale : tensor<2xf32>
      %40 = slice.get_param @stage2.block1.branch4.bn2.bias : tensor<2xf32>
      %41 = slice.get_param @stage2.block1.branch4.bn2.mean : tensor<2xf32>
      %42 = slice.get_param @stage2.block1.branch4.bn2.var : tensor<2xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x2x14x14xf32>, tensor<2xf32>
      %44 = slice.relu %43 : tensor<?x2x14x14xf32>
      %45 = slice.get_param @stage2.block1.branch4.conv3.weight : tensor<4x2x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x2x14x14xf32>, tensor<4x2x1x1xf32>
      slice.yield %46 : tensor<?x4x14x14xf32>
    }
    %18 = slice.avg_pool %17 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x8x14x14xf32>
    %19 = slice.pad_channels %18 {groups = array<i64: 4, 4>, pads = array<i64: 4, 4>} : tensor<?x8x7x7xf32>
    %20 = slice.get_param @stage3.block1.bn.scale : tensor<16xf32>
    %21 = slice.get_param @stage3.block1.bn.bias : tensor<16xf32>
    %22 = slice.get_param @stage3.block1.bn.mean : tensor<16xf32>
    %23 = slice.get_param @stage3.block1.bn.var : tensor<16xf32>
    %24 = slice.batch_norm %19, %20, %21, %22, %23 : tensor<?x16x7x7xf32>, tensor<16xf32>
    %25 = slice.relu %24 : tensor<?x16x7x7xf32>
    %26 = slice.block add(%25 : tensor<?x16x7x7xf32>) residual(%19 : tensor<?x16x7x7xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 8, 8>} {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.channel_slice %arg1 {offset = 0 : i64, size = 8 : i64} : tensor<?x16x7x7xf32>
      %30 = slice.get_param @stage3.block1.branch1.conv1.weight : tensor<4x8x1x1xf32>
      %31 = slice.conv2d %29, %30 : tensor<?x8x7x7xf32>, tensor<4x8x1x1xf32>
      %32 = slice.get_param @stage3.block1.branch1.bn1.scale : tensor<4xf32>
      %33 = slice.get_param @stage3.block1.branch1.bn1.bias : tensor<4xf32>
      %34 = slice.get_param @stage3.block1.branch1.bn1.mean : tensor<4xf32>
      %35 = slice.get_param @stage3.block1.branch1.bn1.var : tensor<4xf32>
      %36 = slice.batch_norm %31, %32, %33, %34, %35 : tensor<?x4x7x7xf32>, tensor<4xf32>
      %37 = slice.relu %36 : tensor<?x4x7x7xf32>
      %38 = slice.get_param @stage3.block1.branch1.conv2.weight : tensor<4x4x3x3xf32>
      %39 = slice.conv2d %37, %38 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
      %40 = slice.get_param @stage3.block1.branch1.bn2.scale : tensor<4xf32>
      %41 = slice.get_param @stage3.block1.branch1.bn2.bias : tensor<4xf32>
      %42 = slice.get_param @stage3.block1.branch1.bn2.mean : tensor<4xf32>
      %43 = slice.get_param @stage3.block1.branch1.bn2.var : tensor<4xf32>
      %44 = slice.batch_norm %39, %40, %41, %42, %43 : tensor<?x4x7x7xf32>, tensor<4xf32>
      %45 = slice.relu %44 : tensor<?x4x7x7xf32>
      %46 = slice.get_param @stage3.block1.branch1.conv3.weight : tensor<8x4x1x1xf32>
      %47 = slice.conv2d %45, %46 : tensor<?x4x7x7xf32>, tensor<8x4x1x1xf32>
      slice.yield %47 : tensor<?x8x7x7xf32>
    }, {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.channel_slice %arg1 {offset = 0 : i64, size = 8 : i64} : tensor<?x16x7x7xf32>
      %30 = slice.get_param @stage3.block1.branch2.conv1.weight : tensor<4x8x1x1xf32>
      %31 = slice.conv2d %29, %30 : tensor<?x8x7x7xf32>, tensor<4x8x1x1xf32>
      %32 = slice.get_param @stage3.block1.branch2.bn1.scale : tensor<4xf32>
      %33 = slice.get_param @stage3.block1.branch2.bn1.bias : tensor<4xf32>
      %34 = slice.get_param @stage3.block1.branch2.bn1.mean : tensor<4xf32>
      %35 = slice.get_param @stage3.block1.branch2.bn1.var : tensor<4xf32>
      %36 = slice.batch_norm %31, %32, %33, %34, %35 : tensor<?x4x7x7xf32>, tensor<4xf32>
      %37 = slice.relu %36 : tensor<?x4x7x7xf32>
      %38 = slice.get_param @stage3.block1.branch2.conv2.weight : tensor<4x4x3x3xf32>
      %39 = slice.conv2d %37, %38 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
      %40 = slice.get_param @stage3.block1.branch2.bn2.scale : tensor<4xf32>
      %41 = slice.get_param @stage3.block1.branch2.bn2.bias : tensor<4xf32>
      %42 = slice.get_param @stage3.block1.branch2.bn2.mean : tensor<4xf32>
      %43 = slice.get_param @stage3.block1.branch2.bn2.var : tensor<4xf32>
      %44 = slice.batch_norm %39, %40, %41, %42, %43 : tensor<?x4x7x7xf32>, tensor<4xf32>
      %45 = slice.relu %44 : tensor<?x4x7x7xf32>
      %46 = slice.get_param @stage3.block1.branch2.conv3.weight : tensor<8x4x1x1xf32>
      %47 = slice.conv2d %45, %46 : tensor<?x4x7x7xf32>, tensor<8x4x1x1xf32>
      slice.yield %47 : tensor<?x8x7x7xf32>
    }, {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @stage3.block1.branch3.conv1.weight : tensor<4x16x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x16x7x7xf32>, tensor<4x16x1x1xf32>
      %31 = slice.get_param @stage3.block1.branch3.bn1.scale : tensor<4xf32>
      %32 = slice.get_param @stage3.block1.branch3.bn1.bias : tensor<4xf32>
      %33 = slice.get_param @stage3.block1.branch3.bn1.mean : tensor<4xf32>
      %34 = slice.get_param @stage3.block1.branch3.bn1.var : tensor<4xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x4x7x7xf32>, tensor<4xf32>
      %36 = slice.relu %35 : tensor<?x4x7x7xf32>
      %37 = slice.get_param @stage3.block1.branch3.conv2.weight : tensor<4x4x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
      %39 = slice.get_param @stage3.block1.branch3.bn2.scale : tensor<4xf32>
      %40 = slice.get_param @stage3.block1.branch3.bn2.bias : tensor<4xf32>
      %41 = slice.get_param @stage3.block1.branch3.bn2.mean : tensor<4xf32>
      %42 = slice.get_param @stage3.block1.branch3.bn2.var : tensor<4xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x4x7x7xf32>, tensor<4xf32>
      %44 = slice.relu %43 : tensor<?x4x7x7xf32>
      %45 = slice.get_param @stage3.block1.branch3.conv3.weight : tensor<8x4x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x4x7x7xf32>, tensor<8x4x1x1xf32>
      slice.yield %46 : tensor<?x8x7x7xf32>
    }, {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @stage3.block1.branch4.conv1.weight : tensor<4x16x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x16x7x7xf32>, tensor<4x16x1x1xf32>
      %31 = slice.get_param @stage3.block1.branch4.bn1.scale : tensor<4xf32>
      %32 = slice.get_param @stage3.block1.branch4.bn1.bias : tensor<4xf32>
      %33 = slice.get_param @stage3.block1.branch4.bn1.mean : tensor<4xf32>
      %34 = slice.get_param @stage3.block1.branch4.bn1.var : tensor<4xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x4x7x7xf32>, tensor<4xf32>
      %36 = slice.relu %35 : tensor<?x4x7x7xf32>
      %37 = slice.get_param @stage3.block1.branch4.conv2.weight : tensor<4x4x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
      %39 = slice.get_param @stage3.block1.branch4.bn2.scale : tensor<4xf32>
      %40 = slice.get_param @stage3.block1.branch4.bn2.bias : tensor<4xf32>
      %41 = slice.get_param @stage3.block1.branch4.bn2.mean : tensor<4xf32>
      %42 = slice.get_param @stage3.block1.branch4.bn2.var : tensor<4xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x4x7x7xf32>, tensor<4xf32>
      %44 = slice.relu %43 : tensor<?x4x7x7xf32>
      %45 = slice.get_param @stage3.block1.branch4.conv3.weight : tensor<8x4x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x4x7x7xf32>, tensor<8x4x1x1xf32>
      slice.yield %46 : tensor<?x8x7x7xf32>
    }
    %27 = slice.head subnet 1 level 1 (%26 : tensor<?x16x7x7xf32>) {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.channel_slice %arg1 {offset = 0 : i64, size = 8 : i64} : tensor<?x16x7x7xf32>
      %30 = slice.get_param @head.bn.scale.subnet1 : tensor<8xf32>
      %31 = slice.get_param @head.bn.bias.subnet1 : tensor<8xf32>
      %32 = slice.get_param @head.bn.mean.subnet1 : tensor<8xf32>
      %33 = slice.get_param @head.bn.var.subnet1 : tensor<8xf32>
      %34 = slice.batch_norm %29, %30, %31, %32, %33 : tensor<?x8x7x7xf32>, tensor<8xf32>
      %35 = slice.relu %34 : tensor<?x8x7x7xf32>
      %36 = slice.global_avg_pool %35 : tensor<?x8x7x7xf32>
      %37 = slice.flatten %36 : tensor<?x8x1x1xf32>
      %38 = slice.get_param @head.fc.weight.subnet1 : tensor<10x8xf32>
      %39 = slice.get_param @head.fc.bias.subnet1 : tensor<10xf32>
      %40 = slice.linear %37, %38, %39 : tensor<?x8xf32>, tensor<10x8xf32>, tensor<10xf32>
      slice.yield %40 : tensor<?x10xf32>
    }
    %28 = slice.head subnet 2 level 1 (%26 : tensor<?x16x7x7xf32>) {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @head.bn.scale : tensor<16xf32>
      %30 = slice.get_param @head.bn.bias : tensor<16xf32>
      %31 = slice.get_param @head.bn.mean : tensor<16xf32>
      %32 = slice.get_param @head.bn.var : tensor<16xf32>
      %33 = slice.batch_norm %arg1, %29, %30, %31, %32 : tensor<?x16x7x7xf32>, tensor<16xf32>
      %34 = slice.relu %33 : tensor<?x16x7x7xf32>
      %35 = slice.global_avg_pool %34 : tensor<?x16x7x7xf32>
      %36 = slice.flatten %35 : tensor<?x16x1x1xf32>
      %37 = slice.get_param @head.fc.weight : tensor<10x16xf32>
      %38 = slice.get_param @head.fc.bias : tensor<10xf32>
      %39 = slice.linear %36, %37, %38 : tensor<?x16xf32>, tensor<10x16xf32>, tensor<10xf32>
      slice.yield %39 : tensor<?x10xf32>
    }
    return %27, %28 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}
