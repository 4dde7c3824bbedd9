// The viewer's graph type: graphology with the graph.json attributes, exactly as the server sends them.
import type { AbstractGraph } from 'graphology-types';
import type { NodeAttributes, EdgeAttributes, GraphAttributes } from '../../../schema/index.ts';

/** The loaded graph; display attributes (colour, size, label text) are derived in reducers, never stored. */
export type ViewerGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type { NodeAttributes, EdgeAttributes };
