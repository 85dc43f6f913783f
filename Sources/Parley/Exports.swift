@_exported import GraphvizRendering
@_exported import ParleyExtraction
@_exported import ParleyModel
@_exported import ParleyRendering
